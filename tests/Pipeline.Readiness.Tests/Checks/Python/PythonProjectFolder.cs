namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>A small Python service in a temporary folder: a package with typed code, pytest tests (some of them
/// security suites by marker and by name) and ruff settings in <c>pyproject.toml</c>; tests break it file by file.</summary>
internal sealed class PythonProjectFolder : IDisposable
{
    public PythonProjectFolder()
    {
        Write("pyproject.toml", """
            [project]
            name = "svc"
            version = "0.1.0"
            requires-python = ">=3.11"

            [tool.ruff]
            line-length = 100

            [tool.ruff.lint]
            select = ["E", "F", "I"]

            [tool.ruff.lint.per-file-ignores]
            "tests/**" = ["E501"]
            """);
        Write("svc/__init__.py", "");
        Write("svc/calc.py", """
            def add(a: int, b: int) -> int:
                return a + b


            def escape(text: str) -> str:
                return text.replace("<", "&lt;").replace(">", "&gt;")
            """);
        Write("tests/__init__.py", "");
        Write("tests/test_calc.py", """
            from svc.calc import add


            def test_add() -> None:
                assert add(2, 3) == 5


            def test_add_negative_numbers_that_need_a_very_long_name_to_go_beyond_one_hundred_characters() -> None:
                assert add(-2, -3) == -5
            """);
        Write("tests/test_security_sql_injection.py", """
            import pytest

            from svc.calc import escape

            pytestmark = pytest.mark.security


            @pytest.mark.parametrize("text", ["' OR 1=1 --", "1; DROP TABLE users"])
            def test_sql_injection_is_plain_text(text: str) -> None:
                assert escape(text) == text
            """);
        Write("tests/test_web.py", """
            from svc.calc import escape


            class TestXss:
                def test_script_tag_is_escaped(self) -> None:
                    assert "<" not in escape("<script>")


            def test_auth_header_is_required() -> None:
                assert escape("Bearer") == "Bearer"
            """);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("pipeline-python-").FullName;

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
