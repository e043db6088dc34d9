def test_x(prism):
    assert prism
