"""Generate many projects quickly, for query-budget tests and load-test data."""

from stories.models import ProjectChallenge, ProjectNeed, ProjectPage, ProjectTerritory


def create_projects(index, count, territories=(), challenges=(), prefix="generated"):
    """Add `count` live projects under a project index, linked to the given territories and
    challenges, each with two needs. No revision is stored: this is bulk data."""
    created = []
    start = index.get_children().count()
    for number in range(start, start + count):
        page = ProjectPage(
            title=f"Projet {prefix} {number}",
            slug=f"{prefix}-{number}",
            organisation=f"Association {number}",
            summary="Un projet généré pour les tests de charge.",
            support="launch" if number % 2 else "spreading",
            places="Hauts-de-France",
            live=True,
            territory_links=[ProjectTerritory(territory=t) for t in territories],
            challenge_links=[ProjectChallenge(challenge=c) for c in challenges],
            needs=[
                ProjectNeed(kind="mentors", description="Des mentors."),
                ProjectNeed(kind="co-funding", description="Des co-financeurs."),
            ],
        )
        index.add_child(instance=page)
        created.append(page)
    return created
