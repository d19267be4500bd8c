/* qaconv.h - the model and conversion functions inside libqaconv, under the
 * name every source file has included: qaconv_internal.h.  The public
 * header that is installed is include/qaconv.h. */
#include "qaconv_internal.h"
