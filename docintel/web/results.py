"""An upload's results, read back from its own audit database: the documents'
reports (judged by the current rulebook), named as the user named the files,
and the application's own findings."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..models import DocumentReport, ErrorInfo, Message
from ..pipeline import Analysis
from ..store import Store
from .uploads import APPLICATION, Meta

HIDDEN = {"not_checked", "manifest_row_missing"}  # about the bulk audit's manifest, which an applicant has none of


@dataclass
class Results:
    analyses: list[Analysis] = field(default_factory=list)  # report paths point at the stored files (pictures)
    names: list[str] = field(default_factory=list)
    application: list[tuple[str, Message, str | None]] = field(default_factory=list)

    def contract_reports(self) -> list[DocumentReport]:
        return [a.report.model_copy(update={"path": name}) for a, name in zip(self.analyses, self.names)]


def load_results(folder: Path, meta: Meta) -> Results:
    out = Results()
    with Store(folder / "audit.sqlite") as store:
        runs = store.runs()
        pipeline = runs[-1]["pipeline"] if runs else ""
        for f in store.files(APPLICATION):
            name = meta.names.get(f.name, f.name)
            found = store.analysis(f.sha256 or "", pipeline) if f.sha256 else None
            if found is None:
                report = DocumentReport(path=str(folder / "root" / APPLICATION / f.name), sha256=f.sha256, pages=0,
                                        status="error", error=ErrorInfo(code=f.refused or "corrupt",
                                                                        message=f.reason or "not analysed"))
            else:
                report = DocumentReport.model_validate(found[0])
                report.path = str(folder / "root" / APPLICATION / f.name)
            out.analyses.append(Analysis(report=report))
            out.names.append(name)
        for row in store.findings(scope="application"):
            if row.element not in HIDDEN:
                out.application.append((row.severity, Message(zh=row.message_zh, en=row.message_en), row.guide_ref))
    for name, why in meta.refused.items():
        out.application.append(("error", Message(zh=f"未能读取的文件：{name}（{why}）",
                                                 en=f"A file that could not be taken: {name} ({why})"), None))
    return out
