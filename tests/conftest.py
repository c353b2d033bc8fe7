import pytest


@pytest.fixture(scope="session")
def nlp():
    from eventwatch.nlp import get_nlp

    return get_nlp()
