// ID-porten's levels of assurance, in order, with the legacy names mapped.
#pragma once
#include <string>

namespace minside::auth {

// 0 unknown, 1 low, 2 substantial, 3 high. "Level3"/"Level4" are the old names.
int acr_rank(const std::string& acr);

// True when `got` is at least `required` (high satisfies substantial).
bool acr_satisfies(const std::string& got, const std::string& required);

}  // namespace minside::auth
