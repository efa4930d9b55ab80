# ctest translations_complete: every message of the sources has a finished translation in
# mentordesk_da.ts, and every plural message its English forms in mentordesk_en.ts. Works on
# copies: lupdate adds what the sources gained since the .ts files were last updated, and
# lrelease then counts what is unfinished or missing.
# Variables: LUPDATE, LRELEASE, SOURCES (an lupdate list file), TS_DIR, WORK.
file(MAKE_DIRECTORY ${WORK})
set(problems "")
foreach(language da en)
  set(copy ${WORK}/mentordesk_${language}.ts)
  file(COPY_FILE ${TS_DIR}/mentordesk_${language}.ts ${copy})
  set(options -no-obsolete -locations none -silent)
  if(language STREQUAL "en")
    list(APPEND options -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} ${options} @${SOURCES} -ts ${copy} RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed for ${language}")
  endif()
  execute_process(COMMAND ${LRELEASE} ${copy} -qm ${WORK}/mentordesk_${language}.qm OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "([0-9]+) unfinished" unfinished "${out}${err}")
  set(count ${CMAKE_MATCH_1})
  if(count GREATER 0 OR "${out}${err}" MATCHES "Ignored")
    string(APPEND problems "mentordesk_${language}.ts: ${out}${err}\n")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "Translations are not complete (run the update_translations target and translate):\n${problems}")
endif()
message(STATUS "Danish and English plural translations complete")
