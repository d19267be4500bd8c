/* test_file.c - qa_file_read: whole files, and never past the bound. */
#define _POSIX_C_SOURCE 200809L
#include "file.h"
#include "harness.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_regular(void)
{
    char path[] = "/tmp/qaconv-file-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0 && write(fd, "abc\n", 4) == 4);
    close(fd);
    char *data = NULL;
    size_t len = 0;
    CHECK(qa_file_read(path, 4, QA_FILE_REGULAR, &data, &len) == 0);
    CHECK(len == 4 && data && memcmp(data, "abc\n", 5) == 0); /* and a NUL */
    free(data);
    errno = 0;
    CHECK(qa_file_read(path, 3, 0, &data, &len) == -1 && errno == EFBIG);
    unlink(path);
    CHECK(qa_file_read(path, 3, 0, &data, &len) == -1 && errno == ENOENT);
}

static void test_special(void)
{
    char *data = NULL;
    size_t len = 0;
    /* a stream without end is read up to the bound, no further */
    errno = 0;
    CHECK(qa_file_read("/dev/zero", 1 << 20, 0, &data, &len) == -1 &&
          errno == EFBIG);
    errno = 0;
    CHECK(qa_file_read("/dev/zero", 1 << 20, QA_FILE_REGULAR, &data,
                       &len) == -1 && errno == ENODEV);
    errno = 0;
    CHECK(qa_file_read("/tmp", 100, 0, &data, &len) == -1 && errno == EISDIR);
    /* a FIFO that no program writes: empty, not a wait */
    char dir[] = "/tmp/qaconv-fifo-XXXXXX", fifo[64];
    CHECK(mkdtemp(dir) != NULL);
    snprintf(fifo, sizeof fifo, "%s/f", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    CHECK(qa_file_read(fifo, 100, 0, &data, &len) == 0 && len == 0);
    free(data);
    errno = 0;
    CHECK(qa_file_read(fifo, 100, QA_FILE_REGULAR, &data, &len) == -1 &&
          errno == ENODEV);
    unlink(fifo);
    rmdir(dir);
}

int main(void)
{
    test_regular();
    test_special();
    return HARNESS_DONE();
}
