# The gate's static test inventory: reads test files with Python's own ast (never importing the project) and prints,
# as JSON, every test pytest would collect by its default rules: module-level test* functions and test* methods of
# Test* classes, with their pytest markers (function and class decorators, module pytestmark) and how many cases a
# literal @pytest.mark.parametrize list gives. Usage: python3 test_inventory.py files.json (a JSON list of paths).
import ast
import json
import sys


def marker_names(node):
    names = []
    targets = node.elts if isinstance(node, (ast.List, ast.Tuple)) else [node]
    for target in targets:
        call = target.func if isinstance(target, ast.Call) else target
        parts = []
        while isinstance(call, ast.Attribute):
            parts.append(call.attr)
            call = call.value
        if isinstance(call, ast.Name):
            parts.append(call.id)
        parts.reverse()
        if len(parts) >= 3 and parts[0] == "pytest" and parts[1] == "mark":
            names.append(parts[2])
        elif len(parts) == 2 and parts[0] == "mark":
            names.append(parts[1])
    return names


def cases(decorators):
    count = 1
    for decorator in decorators:
        if isinstance(decorator, ast.Call) and "parametrize" in marker_names(decorator) and len(decorator.args) >= 2:
            values = decorator.args[1]
            if isinstance(values, (ast.List, ast.Tuple)):
                count *= max(len(values.elts), 1)
    return count


def tests_of(path):
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read(), filename=path)
    module_marks = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            module_marks += marker_names(node.value)
    found = []

    def add(function, class_name, inherited):
        marks = inherited + [m for d in function.decorator_list for m in marker_names(d)]
        found.append({"file": path, "line": function.lineno, "class": class_name, "name": function.name,
                      "markers": sorted(set(marks)), "cases": cases(function.decorator_list)})

    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            add(node, None, module_marks)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            class_marks = module_marks + [m for d in node.decorator_list for m in marker_names(d)]
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("test"):
                    add(item, node.name, class_marks)
    return found


result = {"tests": [], "errors": []}
with open(sys.argv[1], encoding="utf-8") as listing:
    paths = json.load(listing)
for path in paths:
    try:
        result["tests"] += tests_of(path)
    except (SyntaxError, UnicodeDecodeError, OSError) as error:
        result["errors"].append({"file": path, "line": getattr(error, "lineno", None), "message": str(error)})
json.dump(result, sys.stdout)
