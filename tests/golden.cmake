# Converts INPUT (in DIR) to FORMAT (json unless given) and compares it
# byte for byte with GOLDEN.
# To accept a deliberate change: QACONV_UPDATE_GOLDEN=1 ctest -R golden
if(NOT FORMAT)
  set(FORMAT json)
endif()
execute_process(COMMAND ${QACONV} ${INPUT} -t ${FORMAT} -o -
  WORKING_DIRECTORY ${DIR} OUTPUT_VARIABLE out RESULT_VARIABLE rc
  ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "qaconv ${INPUT} exited ${rc}: ${err}")
endif()
if(DEFINED ENV{QACONV_UPDATE_GOLDEN})
  file(WRITE ${GOLDEN} "${out}")
endif()
file(READ ${GOLDEN} want)
if(NOT out STREQUAL want)
  string(RANDOM LENGTH 8 tag)
  set(got /tmp/qaconv-golden-${tag}.${FORMAT})
  file(WRITE ${got} "${out}")
  message(FATAL_ERROR "${INPUT}: output differs from ${GOLDEN}\n"
                      "got: ${got} (diff -u the two)")
endif()
