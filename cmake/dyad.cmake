# Helpers shared by every module: one static library per pipeline stage, and tests beside them.

set(DYAD_WARNINGS -Wall -Wextra -Wpedantic -Wno-unused-parameter)
if(DYAD_DEVELOPER_MODE)
  list(APPEND DYAD_WARNINGS -Werror)
endif()

if(DYAD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# dyad_add_library(NAME SOURCES a.cc b.cc DEPS dyad_base ...)
# Builds the static library dyad_NAME with the alias dyad::NAME.
function(dyad_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(dyad_${name} STATIC ${ARG_SOURCES})
  add_library(dyad::${name} ALIAS dyad_${name})
  target_include_directories(dyad_${name} PUBLIC
    ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(dyad_${name} PRIVATE ${DYAD_WARNINGS})
  target_link_libraries(dyad_${name} PUBLIC ${ARG_DEPS})
endfunction()

# dyad_add_test(NAME SOURCES a_test.cc ... DEPS dyad::text ...)
# One GoogleTest binary; each TEST becomes a ctest case.
function(dyad_add_test name)
  if(NOT DYAD_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_compile_options(${name} PRIVATE ${DYAD_WARNINGS})
  target_compile_definitions(${name} PRIVATE
    DYAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DYAD_DATA_DIR="${DYAD_DATA_DIR}")
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "DYAD_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endfunction()
