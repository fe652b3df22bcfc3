use calf_pump_model::*;
fn main() {
    use Activity::*;
    use LegCondition::*;
    let rows: Vec<(Activity, LegCondition, Stockings)> = vec![
        (Walking, Healthy, Stockings::None),
        (Running, Healthy, Stockings::None),
        (Stairs, Healthy, Stockings::None),
        (Hiking, Healthy, Stockings::None),
        (CyclingToes, Healthy, Stockings::None),
        (CyclingFlat, Healthy, Stockings::None),
        (Swimming, Healthy, Stockings::None),
        (Tiptoe, Healthy, Stockings::None),
        (Walking, SuperficialReflux, Stockings::None),
        (Walking, DeepReflux, Stockings::None),
        (Walking, WeakCalf, Stockings::None),
        (Walking, SuperficialReflux, Stockings::Class15to20),
        (Walking, SuperficialReflux, Stockings::Class20to30),
        (Walking, SuperficialReflux, Stockings::Class30to40),
        (Tiptoe, SuperficialReflux, Stockings::None),
        (Tiptoe, SuperficialReflux, Stockings::Class15to20),
        (Tiptoe, SuperficialReflux, Stockings::Class20to30),
        (Tiptoe, SuperficialReflux, Stockings::Class30to40),
        (Tiptoe, DeepReflux, Stockings::None),
        (Walking, Healthy, Stockings::Class20to30),
        (Lying, Healthy, Stockings::None),
        (Standing, Healthy, Stockings::None),
        (Swimming, SuperficialReflux, Stockings::None),
        (Swimming, DeepReflux, Stockings::None),
        (Swimming, WeakCalf, Stockings::None),
        (Tiptoe, WeakCalf, Stockings::None),
        (Walking, Healthy, Stockings::Class30to40),
        (Walking, DeepReflux, Stockings::Class30to40),
        (Stairs, DeepReflux, Stockings::Class30to40),
        (Hiking, DeepReflux, Stockings::Class30to40),
    ];
    for (a, l, s) in rows {
        let c = clinical_summary(a, l, s);
        println!("{a:?} {l:?} {s:?}: rest {:.1} active {:.1} fall {:.1} rt90 {:.1} vr {:.0}/{:.0} ef {:.1}",
            c.avp_rest_mmhg, c.avp_active_mmhg, c.avp_fall_pct, c.rt90_s, c.venous_return_rest_ml_min, c.venous_return_active_ml_min, c.ejection_fraction_pct);
    }
}
