#ifndef PLANCHECK_CSYSTEMCRYPTO_SHIM_H
#define PLANCHECK_CSYSTEMCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
