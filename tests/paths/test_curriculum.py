from paths.curriculum import total_duration


def test_total_is_the_sum_of_the_steps():
    duration = total_duration([("Python", 4), ("RAG", 6), ("Evals", 2)])
    assert duration.is_known and duration.total_weeks == 12


def test_total_is_not_stated_while_any_step_lacks_an_estimate():
    duration = total_duration([("Python", 4), ("RAG", None), ("Evals", None)])
    assert not duration.is_known
    assert duration.steps_without_estimate == ("RAG", "Evals")


def test_an_empty_curriculum_has_no_total():
    assert not total_duration([]).is_known
