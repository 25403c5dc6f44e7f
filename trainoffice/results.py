"""Results (考核): score, 合格/优秀/不合格 and homework per trainee and stage, and the project's rates.

A trainee under the attendance threshold in a stage cannot be 合格 or 优秀 there unless an override
reason is recorded. Results for people not on the roster are refused. A trainee's overall result (总评)
is 不合格 if any stage failed, 优秀 only if every stage is 优秀 (an honour, not earned by one stage of a
multi-stage course), else 合格. The project summary gives 参培率 (在册 / 培训人数), 合格率 and 优秀率
(over the roster) [ML].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from trainoffice import audit
from trainoffice.attendance import Attendance, AttendanceGrid, Rate
from trainoffice.credits import Credits
from trainoffice.db import Database
from trainoffice.errors import ValidationError
from trainoffice.projects import clean_text, load_project, load_stages, require_status
from trainoffice.roster import Roster, Trainee
from trainoffice.settings import Settings
from trainoffice.text import translate, words

RESULTS = ("合格", "优秀", "不合格")
PASSING = ("合格", "优秀")


def below_attendance_message(name: str, stage: str, rate: Rate, threshold: float, result: str) -> str:
    """A passing result the trainee's attendance does not support, and what to do."""
    return translate("results", "{name} 在“{stage}”的出勤率为 {rate}，低于要求的 {required}，不能评为{result}；"
                     "如确需评定，请填写原因。").format(name=name, stage=stage, rate=f"{rate.rate:.0%}",
                                                required=f"{threshold:.0%}", result=translate("Result", result))


def unsupported_passes(conn, grid: AttendanceGrid, threshold: float) -> list[str]:
    """Passing results entered without a reason that the recorded attendance does not support: a 合格
    given while a trainee's cells were still blank, which were then entered as ×."""
    held = grid.held()
    found = []
    for enrollment_id, stage_id, stage, result, name in conn.execute(
            "SELECT a.enrollment_id, a.stage_id, g.name, a.result, t.name FROM assessments a"
            " JOIN enrollments e ON e.id = a.enrollment_id JOIN teachers t ON t.id = e.teacher_id"
            " JOIN project_stages g ON g.id = a.stage_id WHERE e.project_id = ? AND e.status = '在册'"
            f" AND a.result IN {PASSING!r} AND coalesce(a.override_reason, '') = '' ORDER BY e.id, g.seq",
            (grid.project_id,)):
        rate = grid.row_rate(grid.row_of[enrollment_id], held, stage_id=stage_id)
        if rate.below:
            found.append(below_attendance_message(name, stage, rate, threshold, result))
    return found


@dataclass
class Assessment:
    """One trainee's result in one stage. ``result`` None = not assessed yet."""

    enrollment_id: int
    stage_id: int
    result: str | None
    score: float | None = None
    homework_done: bool = False
    override_reason: str = ""


@dataclass
class TraineeResults:
    """A results-table row: the trainee, each stage's assessment and attendance rate, the overall result."""

    trainee: Trainee
    stages: dict[int, Assessment | None] = field(default_factory=dict)
    rates: dict[int, Rate] = field(default_factory=dict)

    @property
    def overall(self) -> str | None:
        """不合格 if any stage failed; None while a stage is unassessed; 优秀 only if every stage is 优秀;
        otherwise (all passed) 合格."""
        results = [a.result if a else None for a in self.stages.values()]
        if "不合格" in results:
            return "不合格"
        if not results or None in results:
            return None
        return "优秀" if all(r == "优秀" for r in results) else "合格"


@dataclass
class ProjectSummary:
    """参培率, 合格率, 优秀率 with the counts behind them (rates None when there is nothing to divide by)."""

    places: int
    enrolled: int
    left: int
    passed: int
    excellent: int
    failed: int
    pending: int

    @property
    def participation_rate(self) -> float | None:
        return self.enrolled / self.places if self.places else None

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.enrolled if self.enrolled else None

    @property
    def excellent_rate(self) -> float | None:
        return self.excellent / self.enrolled if self.enrolled else None


class Results:
    def __init__(self, database: Database, settings: Settings, credits: Credits, attendance: Attendance,
                 roster: Roster):
        self._database = database
        self._conn = database.conn
        self._settings = settings
        self._credits = credits
        self._attendance = attendance
        self._roster = roster

    def set_results(self, project_id: int, items: Sequence[Assessment]) -> None:
        """Save results (one or a whole column); all or nothing. On a closed project the ledger follows."""
        if not items:
            return
        with self._database.atomic():
            project = load_project(self._conn, project_id)
            require_status(project, ("开班", "结业"), translate("results", "录入考核结果"))
            stages = {s.id: s for s in load_stages(self._conn, project_id)}
            grid = self._attendance.grid(project_id)
            held = grid.held()
            statuses = dict(self._conn.execute(
                "SELECT e.id, e.status || '|' || t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
                " WHERE e.project_id = ?", (project_id,)).fetchall())
            rows = []
            for a in items:
                if a.stage_id not in stages:
                    raise ValidationError(translate("results", "阶段 {id} 不属于项目“{name}”").format(
                        id=a.stage_id, name=project.name), field="stage_id")
                if a.enrollment_id not in statuses:
                    raise ValidationError(translate("results", "学员 {id} 不在项目“{name}”的参培名单上，不能录入考核结果").format(
                        id=a.enrollment_id, name=project.name), field="enrollment_id")
                status, name = statuses[a.enrollment_id].split("|", 1)
                if status != "在册":
                    raise ValidationError(translate("results", "{name} 已{status}，不在参培名单上，不能录入考核结果").format(
                        name=name, status=translate("EnrollmentStatus", status)), field="enrollment_id")
                if a.result is not None and a.result not in RESULTS:
                    raise ValidationError(translate("results", "{name}：考核结果只能是 {results}").format(
                        name=name, results=words("Result", RESULTS)), field="result")
                if a.score is not None and not 0 <= float(a.score) <= 100:
                    raise ValidationError(translate("results", "{name}：成绩应在 0 到 100 之间").format(name=name),
                                          field="score")
                reason = clean_text(a.override_reason)
                if a.result in PASSING:
                    rate = grid.row_rate(grid.row_of[a.enrollment_id], held, stage_id=a.stage_id)
                    if rate.below and not reason:
                        raise ValidationError(below_attendance_message(
                            name, stages[a.stage_id].name, rate, project.attendance_threshold, a.result),
                            field="override_reason")
                rows.append((a.enrollment_id, a.stage_id, None if a.score is None else float(a.score), a.result,
                             int(bool(a.homework_done)), reason))
            self._conn.executemany(
                "INSERT INTO assessments (enrollment_id, stage_id, score, result, homework_done, override_reason)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (enrollment_id, stage_id) DO UPDATE SET score = excluded.score,"
                " result = excluded.result, homework_done = excluded.homework_done,"
                " override_reason = excluded.override_reason", rows)
            detail = {"project_id": project_id, "count": len(rows)}
            if len(rows) == 1:
                detail.update(enrollment_id=rows[0][0], stage_id=rows[0][1], result=rows[0][3],
                              override_reason=rows[0][5])
            audit.record(self._conn, "assess", "assessments", None, **detail)
            if project.status == "结业":
                self._credits.sync_project(project_id, reason="考核结果更正")

    def set_result(self, *, enrollment_id: int, stage_id: int, result: str | None, score: float | None = None,
                   homework_done: bool = False, override_reason: str = "") -> None:
        """One trainee's result in one stage."""
        row = self._conn.execute("SELECT project_id FROM enrollments WHERE id = ?", (enrollment_id,)).fetchone()
        if row is None:
            raise ValidationError(translate("results", "学员 {id} 不在任何项目的参培名单上").format(id=enrollment_id),
                                  field="enrollment_id")
        self.set_results(row[0], [Assessment(enrollment_id, stage_id, result, score, homework_done, override_reason)])

    def set_result_for_teacher(self, project_id: int, *, teacher_id: int, stage_id: int, result: str | None,
                               score: float | None = None, homework_done: bool = False,
                               override_reason: str = "") -> None:
        """By teacher (an imported results list): refused when the teacher is not on the roster."""
        enrollment_id = self._roster.enrollment_for(project_id, teacher_id)
        self.set_results(project_id, [Assessment(enrollment_id, stage_id, result, score, homework_done,
                                                 override_reason)])

    def results(self, project_id: int) -> list[TraineeResults]:
        """The results table: every trainee on the roster, each stage's assessment and attendance rate."""
        stages = load_stages(self._conn, project_id)
        grid = self._attendance.grid(project_id)
        held = grid.held()
        found: dict[tuple[int, int], Assessment] = {}
        for r in self._conn.execute(
                "SELECT a.enrollment_id, a.stage_id, a.result, a.score, a.homework_done, a.override_reason"
                " FROM assessments a JOIN enrollments e ON e.id = a.enrollment_id WHERE e.project_id = ?",
                (project_id,)):
            found[(r[0], r[1])] = Assessment(r[0], r[1], r[2], r[3], bool(r[4]), r[5])
        out = []
        for row, t in enumerate(grid.trainees):
            tr = TraineeResults(t)
            for s in stages:
                tr.stages[s.id] = found.get((t.enrollment_id, s.id))
                tr.rates[s.id] = grid.row_rate(row, held, stage_id=s.id)
            out.append(tr)
        return out

    def summary(self, project_id: int) -> ProjectSummary:
        project = load_project(self._conn, project_id)
        rows = self.results(project_id)
        overall = [r.overall for r in rows]
        left = self._conn.execute("SELECT count(*) FROM enrollments WHERE project_id = ? AND status != '在册'",
                                  (project_id,)).fetchone()[0]
        return ProjectSummary(
            places=project.places, enrolled=len(rows), left=left,
            passed=sum(1 for o in overall if o in PASSING), excellent=overall.count("优秀"),
            failed=overall.count("不合格"), pending=overall.count(None))
