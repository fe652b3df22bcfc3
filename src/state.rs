//! The widget's state and every way it can change (an `Action` reducer, as in
//! Yew's todomvc example). The simulation itself lives outside Yew's state, in
//! the simulator component, so it never causes a re-render.

use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::scenario::Scenario;
use calf_pump_model::{Activity, LegCondition, Stockings};
use std::rc::Rc;
use yew::Reducible;

/// Playback speeds offered to the reader.
pub const SPEEDS: [u32; 3] = [1, 2, 5];

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    pub playing: bool,
    /// Simulated seconds per real second.
    pub speed: u32,
    /// Overlay a healthy leg doing the same activity.
    pub compare: bool,
    /// Bumped by Reset so the simulator starts over.
    pub generation: u32,
    /// A friendly note about a link that could not be read in full.
    pub notice: Option<Notice>,
    /// True once the reader has changed anything: ends the first-time hint.
    pub touched: bool,
    /// The language the widget speaks.
    pub lang: Lang,
}

impl AppState {
    pub fn new(scenario: Scenario, notice: Option<Notice>, compare: bool, lang: Lang) -> Self {
        Self {
            scenario,
            playing: true,
            speed: 1,
            compare,
            generation: 0,
            notice,
            touched: false,
            lang,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetActivity(Activity),
    SetLeg(LegCondition),
    SetStockings(Stockings),
    TogglePlaying,
    SetSpeed(u32),
    ToggleCompare,
    Reset,
    DismissNotice,
    SetLang(Lang),
    /// The reader chose a language whose words could not be fetched.
    LangUnavailable(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.touched = true;
        match action {
            Action::SetActivity(a) => {
                next.scenario.activity = a;
                // Choosing an activity means "show me": resume if paused.
                next.playing = true;
            }
            Action::SetLeg(l) => next.scenario.leg = l,
            Action::SetStockings(s) => next.scenario.stockings = s,
            Action::TogglePlaying => next.playing = !next.playing,
            Action::SetSpeed(s) => next.speed = if SPEEDS.contains(&s) { s } else { 1 },
            Action::ToggleCompare => next.compare = !next.compare,
            Action::Reset => {
                next.generation = next.generation.wrapping_add(1);
                next.playing = true;
            }
            Action::DismissNotice => next.notice = None,
            Action::SetLang(l) => next.lang = l,
            Action::LangUnavailable(l) => next.notice = Notice::of_link(&[], &[], Some(l)),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What a link had that could not be used, kept as data so the notice is
/// worded in whichever language the reader switches to.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    problems: Vec<calf_pump_explain::scenario::ScenarioError>,
    ignored: Vec<calf_pump_explain::settings::IgnoredSetting>,
    /// A language the page wanted but could not fetch the words of.
    missing_lang: Option<Lang>,
}

impl Notice {
    /// The notice for a link whose values could not all be read, if any.
    pub fn of_link(
        problems: &[calf_pump_explain::scenario::ScenarioError],
        ignored: &[calf_pump_explain::settings::IgnoredSetting],
        missing_lang: Option<Lang>,
    ) -> Option<Notice> {
        (!problems.is_empty() || !ignored.is_empty() || missing_lang.is_some()).then(|| Notice {
            problems: problems.to_vec(),
            ignored: ignored.to_vec(),
            missing_lang,
        })
    }

    /// The friendly sentence, naming each key and value it could not use.
    pub fn text(&self, lang: Lang) -> String {
        let mut parts = String::new();
        for p in &self.problems {
            let sep = if parts.is_empty() { "" } else { ", " };
            parts += &format!("{sep}{} \"{}\"", p.key, p.value);
        }
        for s in &self.ignored {
            let sep = if parts.is_empty() { "" } else { ", " };
            parts += &format!("{sep}{} ({})", s.key, s.reason(lang));
        }
        let w = lang.words();
        let mut text = String::new();
        if !parts.is_empty() {
            text = fill(w.page_link_notice, &[("problems", &parts)]);
        }
        if let Some(l) = self.missing_lang {
            let sep = if text.is_empty() { "" } else { " " };
            text += sep;
            text += &fill(w.page_lang_unavailable, &[("language", l.name())]);
        }
        text
    }
}
