#ifndef AVSLINT_CYAML_SHIM_H
#define AVSLINT_CYAML_SHIM_H
#include <yaml.h>
#endif
