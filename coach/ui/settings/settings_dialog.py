"""The app's Settings: distance units, sound and voice, the get-ready length, the data folder,
and (opened from home) the plan's tab: run and strength days, reminder times, the tray.

Opened with Ctrl+, (or the tool bar's Settings…) on home, and with S in the
player, which then starts on the sound part. The dialog only edits a
:class:`SettingsValues`; whoever opened it saves them through
``services.settings`` when it is accepted (Enter), and Esc changes nothing.
"Try it" plays a beep and a phrase with the values shown. The layout has no
fixed widths and scrolls, so it fits an 800×480 screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.settings import GET_READY_RANGE
from coach.ui.plan.plan_form import PlanForm, PlanSettings
from coach.ui.player.cue_player import CuePrefs
from coach.ui.settings.language_choice import LanguageGroup
from coach.ui.settings.values import SettingsValues
from coach.ui.settings.voice_list import VoiceList
from coach.ui.shell import theme
from coach.ui.shell.local_files import open_local
from coach.ui.shell.translations import QT_TRANSLATE_NOOP
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.folder_field import FolderField

DEFAULT_VOICE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")  # translated where shown


class _VoiceBox(QComboBox):
    """A combo box that says when its list is about to open: the voices are looked up only then."""

    opening = Signal()

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self.opening.emit()
        super().showPopup()


class SettingsDialog(QDialog):
    preview_requested = Signal(object)  # CuePrefs to try out

    def __init__(self, values: SettingsValues, data_folder: Path, voices: VoiceList | None = None,
                 parent: QWidget | None = None, *, start_on_sound: bool = False,
                 plan: PlanSettings | None = None, start_on_plan: bool = False):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings — Prehab Coach"))
        self.setAccessibleName(self.tr("Settings"))
        self.data_folder = data_folder
        self.open_url: Callable[[QUrl], bool] = open_local  # tests put a recorder here
        self.choose_directory: Callable[[str], str] = self._choose_directory  # and a chooser here
        self._voices = voices
        self._asked_for_voices = False

        body = QWidget()
        self._grid = grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(12)
        self._groups = (self._sound_group(values), self._units_group(values.units), self._colours_group(values.theme),
                        self._session_group(values.get_ready_s), self._runs_group(values.watch_folder),
                        self._data_group(), self._language_group(values.language))  # fmt: skip
        self._columns = 0
        self._arrange(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the scroll area
        scroll.setWidget(body)

        self.try_button = QPushButton(self.tr("&Try it"))
        self.try_button.setAccessibleName(self.tr("Play a test beep and phrase"))
        self.try_button.setAutoDefault(False)
        self.try_button.clicked.connect(lambda: self.preview_requested.emit(self.prefs()))
        self.cancel_button = QPushButton(self.tr("Cancel  (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save  (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.try_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

        self._outer = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.plan_form: PlanForm | None = None
        self.tabs: QTabWidget | None = None
        if plan is not None:  # the plan's settings as a second tab (the player's Settings has none)
            layout.addWidget(self._with_plan_tab(scroll, plan), 1)
        else:
            layout.addWidget(scroll, 1)
        layout.addLayout(row)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLabel, QCheckBox, QRadioButton, QPushButton, QGroupBox, QComboBox, QSpinBox,
                                   QLineEdit)):  # fmt: skip
                theme.set_font(widget, 1.15, bold=isinstance(widget, QGroupBox))
        self.setStyleSheet(theme.focus_ring("QCheckBox", "QRadioButton", "QSlider", "QPushButton", "QComboBox",
                                            "QSpinBox"))  # fmt: skip
        focus = self.sound if start_on_sound else self.units_buttons.checkedButton()
        if start_on_plan and self.tabs is not None and self.plan_form is not None:
            self.tabs.setCurrentIndex(1)
            focus = self.plan_form.run_boxes[0]
        if focus is not None:  # neither unit is checked when the stored one is unknown (values() says km)
            focus.setFocus()

    # --- building ---------------------------------------------------------------------

    def _sound_group(self, values: SettingsValues) -> QGroupBox:
        prefs = values.cues
        group = QGroupBox(self.tr("Sound and voice"))
        self.sound = QCheckBox(self.tr("&Beeps before each change"))
        self.sound.setObjectName("sound-on")
        self.sound.setAccessibleName(self.tr("Beeps before each change"))
        self.sound.setChecked(prefs.sound_on)
        self.voice = QCheckBox(self.tr("&Spoken announcements"))
        self.voice.setObjectName("voice-on")
        self.voice.setAccessibleName(self.tr("Spoken announcements"))
        self.voice.setChecked(prefs.voice_on)

        self.voice_choice = _VoiceBox()
        self.voice_choice.setObjectName("voice-name")
        self.voice_choice.setAccessibleName(self.tr("Voice"))
        self.voice_choice.addItem(self.tr(DEFAULT_VOICE), "")
        if values.voice_name:
            self.voice_choice.addItem(values.voice_name, values.voice_name)
            self.voice_choice.setCurrentIndex(1)
        self.voice_choice.opening.connect(self._ask_for_voices)
        voice_label = QLabel(self.tr("Vo&ice:"))
        voice_label.setBuddy(self.voice_choice)
        self.voice_note = QLabel()
        self.voice_note.setWordWrap(True)
        self.voice_note.hide()
        self.voice.toggled.connect(self.voice_choice.setEnabled)
        self.voice_choice.setEnabled(prefs.voice_on)

        self.volume_label = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("cue-volume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setValue(round(prefs.volume * 100))
        self.volume.setAccessibleName(self.tr("Cue volume"))
        self.volume_label.setBuddy(self.volume)
        self.volume.valueChanged.connect(self._show_volume)
        self._show_volume(self.volume.value())

        layout = QVBoxLayout(group)
        layout.addWidget(self.sound)
        layout.addWidget(self.voice)
        voice_row = QHBoxLayout()
        voice_row.addWidget(voice_label)
        voice_row.addWidget(self.voice_choice, 1)
        layout.addLayout(voice_row)
        layout.addWidget(self.voice_note)
        layout.addWidget(self.volume_label)
        layout.addWidget(self.volume)
        layout.addStretch(1)
        return group

    def _units_group(self, units: str) -> QGroupBox:
        group = QGroupBox(self.tr("Distances"))
        self.units_buttons = QButtonGroup(self)
        row = QHBoxLayout(group)
        for value, text in (("km", self.tr("&Kilometres (km)")), ("mi", self.tr("&Miles (mi)"))):
            button = QRadioButton(text)
            button.setObjectName(f"units-{value}")
            button.setAccessibleName(text.replace("&", ""))
            button.setProperty("units", value)
            button.setChecked(value == units)
            self.units_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return group

    def _colours_group(self, scheme: str) -> QGroupBox:
        group = QGroupBox(self.tr("Colours"))
        self.colour_buttons = QButtonGroup(self)
        row = QHBoxLayout(group)
        for value, text in (("system", self.tr("S&ystem")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))):
            button = QRadioButton(text)
            button.setObjectName(f"colours-{value}")
            button.setAccessibleName(self.tr("{scheme} colours").format(scheme=text.replace("&", "")))
            button.setProperty("scheme", value)
            button.setChecked(value == scheme)
            self.colour_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return group

    def _session_group(self, get_ready_s: int) -> QGroupBox:
        group = QGroupBox(self.tr("Sessions"))
        low, high = GET_READY_RANGE
        self.get_ready = QSpinBox()
        self.get_ready.setObjectName("get-ready")
        self.get_ready.setAccessibleName(self.tr("Get-ready countdown before each exercise, in seconds"))
        self.get_ready.setRange(low - 1, high)  # the lowest value stands for "as each routine says"
        self.get_ready.setSpecialValueText(self.tr("As each routine says"))
        self.get_ready.setSuffix(self.tr(" s"))
        self.get_ready.setValue(get_ready_s if get_ready_s else low - 1)
        self.get_ready.setToolTip(self.tr("Applies to sessions started from now on. A routine written without a "
                                          "get-ready countdown keeps none."))  # fmt: skip
        label = QLabel(self.tr("&Get ready before each exercise:"))
        label.setBuddy(self.get_ready)
        label.setWordWrap(True)
        layout = QVBoxLayout(group)
        layout.addWidget(label)
        layout.addWidget(self.get_ready)
        return group

    def _runs_group(self, folder: str) -> QGroupBox:
        group = QGroupBox(self.tr("Runs from your watch"))
        self.watch_folder = QLineEdit(folder)
        self.watch_folder.setObjectName("watch-folder")
        self.watch_folder.setReadOnly(True)
        self.watch_folder.setPlaceholderText(self.tr("No folder watched"))
        self.watch_folder.setAccessibleName(self.tr("Folder your watch or phone syncs runs to"))
        self.watch_folder.setCursorPosition(0)
        self.choose_watch_button = QPushButton(self.tr("C&hoose…"))
        self.choose_watch_button.setAccessibleName(self.tr("Choose the folder to watch for runs"))
        self.choose_watch_button.setAutoDefault(False)
        self.choose_watch_button.clicked.connect(self._choose_watch_folder)
        self.stop_watch_button = QPushButton(self.tr("Stop &watching"))
        self.stop_watch_button.setAccessibleName(self.tr("Watch no folder for runs"))
        self.stop_watch_button.setAutoDefault(False)
        self.stop_watch_button.clicked.connect(lambda: self._set_watch_folder(""))
        self.stop_watch_button.setEnabled(bool(folder))
        note = QLabel(self.tr("New runs there are offered on home, never imported without you."))
        note.setWordWrap(True)
        layout = QVBoxLayout(group)
        layout.addWidget(self.watch_folder)
        row = QHBoxLayout()
        row.addWidget(self.choose_watch_button)
        row.addWidget(self.stop_watch_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(note)
        return group

    def _choose_watch_folder(self) -> None:
        chosen = self.choose_directory(self.watch_folder.text() or str(Path.home()))
        if chosen:
            self._set_watch_folder(chosen)

    def _set_watch_folder(self, folder: str) -> None:
        self.watch_folder.setText(folder)
        self.watch_folder.setCursorPosition(0)
        self.stop_watch_button.setEnabled(bool(folder))

    def _choose_directory(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Watch a folder for runs"), start)

    def _data_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your diary"))
        self.data_field = FolderField(self.data_folder, self.tr("Folder of the diary, backups and your routines"),
                                      stacked=True)
        field = self.data_field
        self.folder, self.open_folder_button, self.folder_note = field.line, field.open_button, field.note
        self.open_folder_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(group)
        layout.addWidget(self.data_field)
        return group

    def _language_group(self, language: str) -> QGroupBox:
        self.language_group = LanguageGroup(language)
        self.language_choice = self.language_group.choice
        return self.language_group

    def _with_plan_tab(self, general: QScrollArea, plan: PlanSettings) -> QTabWidget:
        self.tabs = tabs = QTabWidget()
        tabs.setObjectName("settings-tabs")
        tabs.setAccessibleName("Settings pages")
        tabs.addTab(general, self.tr("General"))
        self.plan_form = PlanForm(plan)
        self.plan_form.validity_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(self.plan_form.is_valid())
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(self.plan_form)
        tabs.addTab(holder, self.tr("&Plan"))
        tabs.setTabToolTip(1, self.tr("Run days, strength days, reminder times, the tray"))
        return tabs

    def accept(self) -> None:
        """Enter saves only what can be saved: not strength days that follow each other."""
        if self.plan_form is not None and not self.plan_form.is_valid():
            if self.tabs is not None:
                self.tabs.setCurrentIndex(1)
            return
        super().accept()

    def plan_values(self) -> PlanSettings | None:
        return self.plan_form.values() if self.plan_form is not None else None

    def _arrange(self, columns: int) -> None:
        """Sound beside the rest when there is room, everything in one column when narrow."""
        if columns == self._columns:
            return
        self._columns = columns
        for group in self._groups:
            self._grid.removeWidget(group)
        sound, *rest = self._groups
        if columns == 2:  # the language under the sound, the rest beside them
            *right, language = rest
            self._grid.addWidget(sound, 0, 0, 2, 1)
            self._grid.addWidget(language, 2, 0, len(right) - 2, 1, Qt.AlignmentFlag.AlignTop)
            for row, group in enumerate(right):
                self._grid.addWidget(group, row, 1)
        else:
            for row, group in enumerate(self._groups):
                self._grid.addWidget(group, row, 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(self._grid.rowCount(), 1)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        sound, *rest = self._groups
        margins = self._outer.contentsMargins()
        needed = (sound.minimumSizeHint().width() + max(g.minimumSizeHint().width() for g in rest)
                  + self._grid.horizontalSpacing() + margins.left() + margins.right())  # fmt: skip
        self._arrange(2 if event.size().width() >= needed else 1)
        super().resizeEvent(event)

    # --- reading ------------------------------------------------------------------------

    def prefs(self) -> CuePrefs:
        return CuePrefs(self.sound.isChecked(), self.voice.isChecked(), self.volume.value() / 100)

    def values(self) -> SettingsValues:
        checked = self.units_buttons.checkedButton()
        low = GET_READY_RANGE[0]
        seconds = self.get_ready.value()
        return SettingsValues(
            units=checked.property("units") if checked is not None else "km",
            cues=self.prefs(),
            voice_name=self.voice_choice.currentData() or "",
            get_ready_s=0 if seconds < low else seconds,
            watch_folder=self.watch_folder.text(),
            theme=scheme.property("scheme") if (scheme := self.colour_buttons.checkedButton()) is not None else "system",
            language=self.language_group.language(),
        )

    # --- slots ----------------------------------------------------------------------------

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(self.tr("Cue &volume: {percent}%").format(percent=value))

    def _ask_for_voices(self) -> None:
        """The voice list is opening: ask once; until the answer comes the saved choice stays."""
        if self._asked_for_voices:
            return
        self._asked_for_voices = True
        if self._voices is None:
            self._show_voices([])
            return
        self._voices.listed.connect(self._show_voices)
        self._voices.request()

    def _show_voices(self, names: list) -> None:
        present = {self.voice_choice.itemData(i) for i in range(self.voice_choice.count())}
        for name in names:
            if name not in present:
                self.voice_choice.addItem(str(name), str(name))
        if not names:
            self.voice_note.setText(self.tr("No other voices were found: the system's default voice speaks."))
            self.voice_note.show()

    def open_folder(self) -> None:
        self.data_field.open_folder(self.open_url)


