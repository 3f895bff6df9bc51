"""What the main window's menus and signals do for one open counter: health check and restore,
backups, printing documents, the on-site list, switching the counter file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from frontdesk_gui.core import clock, health, identity, printing, search, settings, spec
from frontdesk_gui.core.db import backup, close, connect
from frontdesk_gui.core.paging import entry_by_key
from frontdesk_gui.reports import registry
from frontdesk_gui.ui.background import run_in_background
from frontdesk_gui.ui.dialogs.directory_dialog import show_directory
from frontdesk_gui.ui.dialogs.flagged_dialog import show_flagged
from frontdesk_gui.ui.dialogs.operators_dialog import show_operators
from frontdesk_gui.ui.dialogs.settings_dialog import show_settings
from frontdesk_gui.ui.print_preview import PrintPreview


def choose_document(parent, documents: list[spec.Document]) -> spec.Document | None:
    """Which of an entry's documents to print (a receipt in A5 or 80 mm): the preferred one first."""
    titles = [str(d.title) for d in documents]
    chosen, ok = QInputDialog.getItem(parent, QCoreApplication.translate("SessionActions", "Print"),
                                      QCoreApplication.translate("SessionActions", "Which document?"),
                                      titles, 0, False)
    return documents[titles.index(chosen)] if ok and chosen in titles else None


class SessionActions(QObject):
    def __init__(self, session):
        super().__init__(session.window)
        self.session = session
        self.window = session.window
        self.last_backup = None
        # (parent, documents) -> the document to print, or None; replaced in tests.
        self.choose_document = choose_document
        window = self.window
        window.print_requested.connect(self.print_entry)
        window.onsite_list_requested.connect(self.print_onsite_list)
        window.backup_requested.connect(self.backup_now)
        window.switch_counter_requested.connect(self.switch_counter)
        window.operators_requested.connect(lambda: show_operators(window, window.ctx))
        window.settings_requested.connect(self.edit_settings)
        window.flagged_requested.connect(lambda: show_flagged(window, window.ctx))
        window.directory_requested.connect(lambda: show_directory(window, window.ctx))

    def edit_settings(self) -> None:
        show_settings(self.window, self.window.ctx)
        self.window.set_ctx(self.window.ctx)  # the counter name in the status bar may have changed

    @property
    def backup_dir(self) -> Path:
        return backup.default_backup_dir(self.session.path)

    def warm_up(self) -> None:
        """Load the pinyin and ID-number tables off the GUI thread, so the first check-in is as quick as the rest."""
        run_in_background(lambda: (search.warm_up(), identity.warm_up()), lambda _: None)

    # -- health -------------------------------------------------------------------------------------
    def check_health(self) -> None:
        run_in_background(health.run, self._health_done, self._health_failed)

    def _health_done(self, findings) -> None:
        problems = health.problems(findings)
        self.window.statusBar().showMessage(self.tr("Integrity check passed.") if not problems else "", 8000)
        if problems:
            self._offer_restore("\n".join(problems[:8]))

    def _health_failed(self, message: str) -> None:
        self._offer_restore(message)

    def _offer_restore(self, details: str) -> None:
        newest = backup.newest_good_backup(self.backup_dir)
        text = self.tr("The integrity check of this counter file found a problem:") + "\n\n" + details
        if newest is None:
            advice = self.tr("There is no good backup to restore. Call your administrator.")
            QMessageBox.critical(self.window, self.tr("Counter file damaged"), text + "\n\n" + advice)
            return
        taken = newest.name
        answer = QMessageBox.question(
            self.window, self.tr("Counter file damaged"),
            text + "\n\n" + self.tr("Restore the newest good backup (%1)? The current file is kept aside first.")
            .replace("%1", taken))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(newest)

    def restore(self, newest: Path) -> None:
        path = self.session.path
        close()
        kept = backup.restore(newest, path)
        connect(path)
        QMessageBox.information(
            self.window, self.tr("Backup restored"),
            self.tr("The backup was restored. The damaged file was kept as %1. Please log in again.")
            .replace("%1", str(kept)))
        self.session.switch_to(path)

    # -- backups ------------------------------------------------------------------------------------
    def daily_backup(self) -> None:
        path, folder = self.session.path, self.backup_dir
        daily, weekly = settings.get("backup.daily_keep"), settings.get("backup.weekly_keep")
        run_in_background(lambda: backup.backup_if_due(path, folder, daily, weekly), self._backed_up,
                          self._backup_failed)

    def backup_now(self) -> None:
        path, folder = self.session.path, self.backup_dir
        run_in_background(lambda: backup.backup_now(path, folder, kind="manual"), self._backed_up,
                          self._backup_failed)

    def backup_at_close(self) -> None:
        try:
            backup.backup_now(self.session.path, self.backup_dir, kind="close")
            backup.rotate(self.backup_dir, settings.get("backup.daily_keep"), settings.get("backup.weekly_keep"))
        except Exception as error:  # closing must not fail because a backup did; the next start retries
            QMessageBox.warning(None, self.tr("Backup failed"), str(error))

    def _backed_up(self, made) -> None:
        if made is not None:
            self.last_backup = clock.now()
            self.window.set_last_backup(self.last_backup)

    def _backup_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Backup failed: %1").replace("%1", message), 15000)

    # -- printing -----------------------------------------------------------------------------------
    def print_entry(self, logbook: str, entry_id: int) -> None:
        book = spec.get(logbook)
        entry = entry_by_key(logbook, entry_id)
        if entry is None:
            return
        documents = spec.documents_for(book, entry)
        if not documents:
            return
        document = documents[0] if len(documents) == 1 else self.choose_document(self.window, documents)
        if document is None:
            return
        ctx = self.window.ctx
        data = printing.document_data(ctx, book, entry, document.key)
        pdf = registry.render(document.renderer, data)
        preview = PrintPreview(pdf, str(document.title), document.key, self.window,
                               on_done=lambda to: printing.record_print(ctx, book, entry, document.key,
                                                                        destination=to))
        preview.exec()

    def print_onsite_list(self) -> None:
        from frontdesk_gui.core.logbooks import visitors

        ctx = self.window.ctx
        pdf = registry.render("onsite_list", {
            "counter_name": settings.get("counter.name"), "printed_at": clock.local_text(clock.now()),
            "operator": ctx.operator.display_name, "rows": visitors.onsite_rows(),
        })
        PrintPreview(pdf, self.tr("Visitors on site"), "onsite_list", self.window).exec()

    # -- counter file -------------------------------------------------------------------------------
    def switch_counter(self, kind: str) -> None:
        from frontdesk_gui.ui.gui_main import demo_db_path

        if kind == "demo":
            self.session.switch_to(demo_db_path())
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open counter file"), str(self.session.path.parent),
                                              self.tr("Counter files (*.sqlite)"))
        if path:
            self.session.switch_to(Path(path))
