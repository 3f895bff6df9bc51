"""What lost and found adds to the held-item buttons (HeldExtras): Loss reports… (record a loss, see the
found items that could be it, link one) and the photo: Choose… in the form picks the picture file, the
form shows it, and the selected item's photo shows above its history (Photo… adds or replaces it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QWidget

from frontdesk_gui.core import auth, held
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import lost_found
from frontdesk_gui.ui.dialogs.loss_report_dialog import LossReportDialog, thumbnail
from frontdesk_gui.ui.held_extras import HeldExtras

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"


def choose_picture(parent: QWidget, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", IMAGE_FILTER)
    return path


class LostFoundExtras(HeldExtras):
    def __init__(self, tab):
        super().__init__(tab)
        # Replaced in tests: asks for a picture file, returns its path ("" when cancelled).
        self.pick_file = lambda: choose_picture(self.tab, self.tr("Photo of the found item"))
        # Replaced in tests: shows the loss-report dialog (modal).
        self.exec_reports = lambda dialog: dialog.exec()
        self.form = tab.form_panel.form
        ui = tab.form_panel.ui
        self.photo_edit: QLineEdit = self.form.widgets["photo_path"]
        self.photo_edit.setPlaceholderText(self.tr("Choose… a picture file (optional)"))
        self.form_preview: QLabel = ui.findChild(QLabel, "photo_preview")
        self.choose_button: QPushButton = ui.findChild(QPushButton, "choose_photo")
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_for_form)
        self.photo_edit.textChanged.connect(self._form_photo_changed)

        self.reports_button = self._button("loss_reports", self.tr("Loss reports…"),
                                           self.tr("Someone lost something: record it and see what was found"),
                                           self.loss_reports)
        self.photo_button = self._button("attach_photo", self.tr("Photo…"),
                                         self.tr("Add or replace the photo of the selected item"),
                                         self.attach_photo)
        self.selected_photo = QLabel(tab.history)
        self.selected_photo.setObjectName("selected_photo")
        self.selected_photo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.selected_photo.hide()
        tab.history.layout().insertWidget(1, self.selected_photo)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "photo_button"):
            return  # the base class's first call, before this class made its widgets
        allowed = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST)
        item = self.tab.selected_entry()
        self.reports_button.setEnabled(allowed)
        self.photo_button.setEnabled(allowed and item is not None and item.status in held.OPEN)
        thumbnail(self.selected_photo, item.photo_path if item is not None else None)
        self.selected_photo.setToolTip(item.photo_path if item is not None and item.photo_path else "")

    # -- the photo -----------------------------------------------------------------------------------
    def _form_photo_changed(self, text: str) -> None:
        thumbnail(self.form_preview, text.strip())
        self.tab.fit_form()

    def choose_for_form(self) -> None:
        path = self.pick_file()
        if path:
            self.photo_edit.setText(path)

    def attach_photo(self) -> None:
        item = self.selected_open()
        if item is None:
            return
        path = self.pick_file()
        if not path:
            return
        text = self.tr("Photo: %1").replace("%1", self.spec.summary(item))
        try:
            self._run(text, lambda ctx: lost_found.attach_photo(ctx, item, path))
        except FrontdeskError as error:
            self.tab.set_message(str(error))
            return
        self.tab.set_message(text, ok=True)
        self.tab.refresh()

    # -- loss reports ----------------------------------------------------------------------------------
    def loss_reports(self) -> None:
        dialog = LossReportDialog(self.tab, ctx=self.tab.ctx, run=self._run)
        dialog.linked.connect(self._linked)
        try:
            self.exec_reports(dialog)
        finally:
            dialog.deleteLater()

    def _linked(self, item_id: int) -> None:
        self.tab.refresh()
        self.tab.select_entry(item_id)
