/* fuzz_html.c - libFuzzer target: the HTML reader, default filters, every
 * writer, every output checked (fuzz_check.c). */
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qa_fuzz_convert(qa_read_html, data, size);
    return 0;
}
