#ifndef PLANCHECK_CLIBYAML_SHIM_H
#define PLANCHECK_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
