// libpq, PostgreSQL's own client library (Debian's libpq-dev), for the shared backend.
#include <postgresql/libpq-fe.h>
