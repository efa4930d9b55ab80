# Debian's lemonConfig.cmake defines variables, not a target; wrap the headers in one.
# The network simplex solver is header-only, so the static archive is not linked.
find_package(lemon CONFIG REQUIRED)
if(NOT TARGET lemon::lemon)
  add_library(lemon::lemon INTERFACE IMPORTED)
  set_target_properties(lemon::lemon PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${LEMON_INCLUDE_DIRS}")
endif()
