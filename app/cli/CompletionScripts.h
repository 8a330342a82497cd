#pragma once

#include <QString>

namespace dm {

class CommandTable;

// Shell completion for dmctl, generated from the command table so that it knows exactly the commands and options
// this build has. `dmctl completion bash` / `dmctl completion powershell` print them.
[[nodiscard]] QString bashCompletion(const CommandTable& table);
[[nodiscard]] QString powershellCompletion(const CommandTable& table);

} // namespace dm
