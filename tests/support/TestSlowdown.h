#pragma once

#include <QtGlobal>

namespace dm::test {

// How many times slower than the dev build the code under test runs: ctest sets DM_TEST_SLOWDOWN to the sanitizer
// factor in an instrumented build (DM_SANITIZE_TIMEOUT_FACTOR), 1 otherwise. Waits that bound a whole operation are
// multiplied by it; waits that prove something happens quickly are not.
inline int slowdown()
{
    const int factor = qEnvironmentVariableIntValue("DM_TEST_SLOWDOWN");
    return factor > 0 ? factor : 1;
}

inline int scaledMs(int ms)
{
    return ms * slowdown();
}

} // namespace dm::test
