"""The one build step pyproject.toml cannot say: ship the rules and the trained model inside the package.

The repository keeps them at the top (rules/, models/trained/), where people edit and retrain them; an installed
intake reads them from intake/_shipped/ (importlib.resources), so the wheel and the container work anywhere.
Config can still point rules_dir and model_dir elsewhere.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = {"rules": "rules", "models/trained": "model"}
"""Repository folder -> folder under intake/_shipped/ in the built package."""


class BuildWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the repository's own folders
        target = Path(self.build_lib) / "intake" / "_shipped"
        for source, name in SHIPPED.items():
            shutil.copytree(Path(source), target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithShippedData})
