# The gate's runner for a service's configuration validation (the seed's settings.validate()): imports the settings
# module, calls the method on the module-level settings object with the environment the gate set, and prints each
# returned warning as "warning: ...". Exit 0: valid; 1: the validation raised (printed as "error: ..."); 3: the
# module could not be imported (its dependencies are missing), which is no verdict on the configuration.
# Usage: python3 run_validation.py <module> <instance> <method>
import importlib
import sys
import traceback

module_name, instance_name, method_name = sys.argv[1:4]
sys.path.insert(0, ".")
try:
    module = importlib.import_module(module_name)
except ImportError as error:
    print(f"import-error: {type(error).__name__}: {error}")
    sys.exit(3)
except Exception as error:  # the settings class refused the configuration while being built
    print(f"error: {type(error).__name__}: {error}")
    sys.exit(1)
try:
    result = getattr(getattr(module, instance_name), method_name)()
except Exception as error:
    print(f"error: {type(error).__name__}: {error}")
    traceback.print_exc(limit=1)
    sys.exit(1)
if isinstance(result, (list, tuple)):
    for warning in result:
        print(f"warning: {warning}")
elif result not in (None, True):
    print(f"result: {result}")
    sys.exit(0 if result else 1)
