# Installs BUILD_DIR into PREFIX and fails unless the tree holds the three programs, the
# .desktop file (valid, when desktop-file-validate is there), the SVG icon and every
# translation that was built.
#   cmake -DBUILD_DIR=... -DPREFIX=... -DBINDIR=bin -DDATADIR=share
#         -DTRANSLATIONS_BUILD_DIR=... -DTRANSLATIONS_INSTALL_DIR=... -P checkinstall.cmake

file(REMOVE_RECURSE "${PREFIX}")
execute_process(
  COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(missing "")
foreach(program ga-console gactl ga-emulator)
  set(path "${PREFIX}/${BINDIR}/${program}")
  if(NOT EXISTS "${path}" OR IS_DIRECTORY "${path}")
    list(APPEND missing "${path}")
  endif()
endforeach()
set(desktop "${PREFIX}/${DATADIR}/applications/ga-console.desktop")
set(icon "${PREFIX}/${DATADIR}/icons/hicolor/scalable/apps/ga-console.svg")
foreach(path "${desktop}" "${icon}")
  if(NOT EXISTS "${path}")
    list(APPEND missing "${path}")
  endif()
endforeach()
file(GLOB built_translations "${TRANSLATIONS_BUILD_DIR}/*.qm")
# The languages the programs ship: none of them may be missing from the build either.
foreach(language en zh_CN)
  if(NOT EXISTS "${TRANSLATIONS_BUILD_DIR}/ga-console_${language}.qm")
    list(APPEND missing "${TRANSLATIONS_BUILD_DIR}/ga-console_${language}.qm (not built)")
  endif()
endforeach()
foreach(qm ${built_translations})
  get_filename_component(name "${qm}" NAME)
  if(NOT EXISTS "${PREFIX}/${TRANSLATIONS_INSTALL_DIR}/${name}")
    list(APPEND missing "${PREFIX}/${TRANSLATIONS_INSTALL_DIR}/${name}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "missing from the install tree:\n  ${text}\ninstall said:\n${output}")
endif()

# The installed gactl runs from there (it needs nothing from the build tree).
execute_process(COMMAND "${PREFIX}/${BINDIR}/gactl" --version
  RESULT_VARIABLE result OUTPUT_VARIABLE version ERROR_VARIABLE version)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "installed gactl --version failed (${result}): ${version}")
endif()

file(READ "${desktop}" entry)
foreach(line "Exec=ga-console" "Icon=ga-console" "Type=Application")
  string(FIND "${entry}" "\n${line}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${desktop} has no \"${line}\" line")
  endif()
endforeach()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}"
    RESULT_VARIABLE result OUTPUT_VARIABLE report ERROR_VARIABLE report)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate refused ${desktop}:\n${report}")
  endif()
else()
  message(WARNING "desktop-file-validate not found (Debian: desktop-file-utils); not validated")
endif()

list(LENGTH built_translations translations)
message(STATUS "install tree under ${PREFIX}: 3 programs, .desktop, icon, ${translations} translation(s)")
