//! The planner's state and every way it can change: the day, the leg and
//! the stockings (all in the link), and the notice about a link that could
//! not be read in full.

use calf_pump_links::day::DayNotice;
use calf_pump_model::day::{edit, DayPlan, Edit, Preset};
use calf_pump_model::{LegCondition, Stockings};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct DayState {
    pub plan: DayPlan,
    pub notice: Option<DayNotice>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DayAction {
    /// A change to one block, or a block added.
    Edit(Edit),
    /// Start again from a preset day (the leg and stockings stay).
    Preset(Preset),
    SetLeg(LegCondition),
    SetStockings(Stockings),
    /// Take a suggested day as it is.
    Try(DayPlan),
    DismissNotice,
}

impl Reducible for DayState {
    type Action = DayAction;

    fn reduce(self: Rc<Self>, action: DayAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DayAction::Edit(change) => next.plan.blocks = edit(&self.plan.blocks, change),
            DayAction::Preset(preset) => next.plan.blocks = preset.blocks(),
            DayAction::SetLeg(leg) => next.plan.leg = leg,
            DayAction::SetStockings(stockings) => next.plan.stockings = stockings,
            DayAction::Try(plan) => next.plan = plan,
            DayAction::DismissNotice => next.notice = None,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
