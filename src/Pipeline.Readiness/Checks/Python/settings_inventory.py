# The gate's static reader of pydantic settings: reads the project's modules with Python's own ast (never importing
# them) and prints, as JSON, every field of every class that derives from BaseSettings, with the environment key it
# reads (alias, validation_alias or env=, else env_prefix + name, upper-cased) and its literal default with the line,
# plus the module-level instances and validation methods (validate, validate_config, validate_settings).
# Usage: python3 settings_inventory.py files.json (a JSON list of project-relative paths).
import ast
import json
import sys

VALIDATORS = ("validate_config", "validate_settings", "validate")
LOGGING_LEVELS = ("CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET")


def name_of(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return name_of(node.value)
    return None


def literal(node, enums):
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            return "true" if value else "false"
        return None if value is None else str(value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return "-" + str(node.operand.value)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.value.id == "logging" and node.attr in LOGGING_LEVELS:
            return node.attr.lower()  # logging.INFO: the level's name, as LOG_LEVEL spells it
        return enums.get((node.value.id, node.attr))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Pow)):
        left, right = literal(node.left, enums), literal(node.right, enums)
        if left is not None and right is not None and left.lstrip("-").isdigit() and right.lstrip("-").isdigit():
            a, b = int(left), int(right)
            result = a + b if isinstance(node.op, ast.Add) else a - b if isinstance(node.op, ast.Sub) else a * b if isinstance(node.op, ast.Mult) else a ** b if b < 64 else None
            return None if result is None else str(result)
        return None
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [literal(e, enums) for e in node.elts]
        return None if None in items else ",".join(items)
    return None


def keyword(call, name):
    for item in call.keywords:
        if item.arg == name:
            return item.value
    return None


def settings_config(body, enums):
    prefix, case_sensitive = "", False
    for node in body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "model_config" for t in targets) and isinstance(node.value, ast.Call):
                prefix = literal(keyword(node.value, "env_prefix"), enums) or prefix if keyword(node.value, "env_prefix") else prefix
                case_sensitive = literal(keyword(node.value, "case_sensitive"), enums) == "true" if keyword(node.value, "case_sensitive") else case_sensitive
        if isinstance(node, ast.ClassDef) and node.name == "Config":
            for item in node.body:
                if isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "env_prefix" for t in item.targets):
                    prefix = literal(item.value, enums) or ""
    return prefix, case_sensitive


def main():
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = json.load(listing)
    trees, errors = {}, []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                trees[path] = ast.parse(handle.read(), filename=path)
        except (SyntaxError, UnicodeDecodeError, OSError) as error:
            errors.append({"file": path, "line": getattr(error, "lineno", None), "message": str(error)})
    enums, classes = {}, {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
                for item in node.body:
                    if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name) and isinstance(item.value, ast.Constant):
                        enums[(node.name, item.targets[0].id)] = str(item.value.value)

    def is_settings(node, seen=()):
        for base in node.bases:
            base_name = name_of(base)
            if base_name == "BaseSettings":
                return True
            if base_name in classes and base_name not in seen and is_settings(classes[base_name][1], seen + (base_name,)):
                return True
        return False

    fields, instances = [], []
    for name, (path, node) in classes.items():
        if not is_settings(node):
            continue
        prefix, case_sensitive = settings_config(node.body, enums)
        methods = [item.name for item in node.body if isinstance(item, ast.FunctionDef) and item.name in VALIDATORS]
        for item in node.body:
            if not isinstance(item, ast.AnnAssign) or not isinstance(item.target, ast.Name) or item.target.id.startswith("_") or item.target.id == "model_config":
                continue
            default, key, has_default = item.value, None, item.value is not None
            if isinstance(item.value, ast.Call) and name_of(item.value.func) == "Field":
                call = item.value
                default = keyword(call, "default") or (call.args[0] if call.args else None)
                has_default = default is not None and not (isinstance(default, ast.Constant) and default.value is Ellipsis)
                for alias in ("validation_alias", "alias", "env"):
                    if keyword(call, alias) is not None and literal(keyword(call, alias), enums):
                        key = literal(keyword(call, alias), enums).split(",")[0]
                        break
            elif isinstance(item.value, ast.Call) and name_of(item.value.func) == "PrivateAttr":
                continue
            key = key or prefix + item.target.id
            fields.append({"class": name, "file": path, "line": item.lineno, "field": item.target.id,
                           "key": key if case_sensitive else key.upper(),
                           "default": literal(default, enums) if has_default and default is not None else None,
                           "hasDefault": has_default})
        for module_path, tree in trees.items():
            for top in tree.body:
                if isinstance(top, ast.Assign) and isinstance(top.value, ast.Call) and name_of(top.value.func) == name:
                    for target in top.targets:
                        if isinstance(target, ast.Name):
                            instances.append({"class": name, "file": module_path, "line": top.lineno, "instance": target.id, "methods": methods})
    json.dump({"fields": fields, "instances": instances, "errors": errors}, sys.stdout)


main()
