#include "auth/routes.h"

#include "auth/login_handlers.h"
#include "auth/logout_handlers.h"

namespace minside::auth {

void register_routes(http::Router& r) {
    r.add("GET", "/logg-inn", login_start);
    r.add("GET", "/logg-inn/callback", login_callback);
    r.add("POST", "/logg-ut", logout);
    r.add("GET", "/logget-ut", logged_out);
    r.add("GET", "/logg-ut/frontchannel", frontchannel_logout);
}

}  // namespace minside::auth
