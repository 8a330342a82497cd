#pragma once

// The logs' display texts live in export/LogTexts.h, shared with the exports and dmctl.
#include "export/LogTexts.h"
