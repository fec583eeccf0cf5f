#include "auth/acr.h"

namespace minside::auth {

int acr_rank(const std::string& acr) {
    if (acr == "idporten-loa-low") return 1;
    if (acr == "idporten-loa-substantial" || acr == "Level3") return 2;
    if (acr == "idporten-loa-high" || acr == "Level4") return 3;
    return 0;
}

bool acr_satisfies(const std::string& got, const std::string& required) {
    const int need = acr_rank(required);
    return need > 0 && acr_rank(got) >= need;
}

}  // namespace minside::auth
