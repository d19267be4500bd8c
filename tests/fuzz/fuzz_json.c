/* fuzz_json.c - libFuzzer target: the JSON reader (qaconv JSON), default filters,
 * every writer, every output checked (fuzz_check.c). */
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qa_fuzz_convert(qa_read_json, data, size);
    return 0;
}
