//! What registration pages share: a registration's state, and the fields of a person.
use crate::conferences::registrations::{Consent, DelegateInput, DelegateRole, RegistrationState};
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::tr;
use crate::ui::{choice_options, tr_key, use_lang, FormResult, RadioGroup, SelectField, TextInput};
use leptos::prelude::*;

pub(super) fn state_badge(state: RegistrationState, position: Option<u64>) -> impl IntoView {
    view! {
        <span class=format!("badge state-{}", state.as_str()) data-testid="registration-state">
            {tr_key(state.label_key())}
            {position
                .map(|p| {
                    view! {
                        " · "
                        {tr!("waitlist-position", { "position" => p })}
                    }
                })}
        </span>
    }
}

/// The fields of one person: for a delegation (`individual` false) with a role, for an
/// individual applicant with the body they represent. Passport details only matter when a visa
/// letter is asked for.
#[component]
pub(super) fn DelegateFields(
    result: FormResult,
    current: DelegateInput,
    individual: bool,
    fixed_email: bool,
) -> impl IntoView {
    let group = "delegate";
    let prefix = "dl";
    let lang = use_lang();
    let language = Lang::parse(&current.language).unwrap_or(lang);
    let consent = current.consent;
    let role = DelegateRole::parse(&current.role);
    let visa = current.visa_letter == "on";
    // The browser may fill in a person's own details (WCAG 1.3.5), not a focal point's for others.
    let own = |purpose: &'static str| (individual || fixed_email).then_some(purpose);
    view! {
        <fieldset>
            <legend>{tr!("delegate-person")}</legend>
            <TextInput
                result
                group
                prefix
                field="full_name"
                autocomplete=own("name")
                label=tr!("delegate-full-name")
                required=true
                value=Some(current.full_name)
            />
            {if fixed_email {
                view! {
                    <p class="field">
                        <span class="label">{tr!("field-email")}</span>
                        " "
                        <span dir="ltr">{current.email}</span>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <TextInput
                        result
                        group
                        prefix
                        field="email"
                        autocomplete=own("email")
                        label=tr!("field-email")
                        kind="email"
                        required=true
                        dir=Some("ltr")
                        value=Some(current.email)
                    />
                }
                    .into_any()
            }}
            <TextInput
                result
                group
                prefix
                field="phone"
                autocomplete=own("tel")
                label=tr!("field-phone")
                kind="tel"
                dir=Some("ltr")
                value=Some(current.phone)
            />
            {individual
                .then(|| {
                    view! {
                        <TextInput
                            result
                            group
                            prefix
                            field="organisation"
                            label=tr!("delegate-organisation")
                            hint=Some(tr!("hint-delegate-organisation"))
                            required=true
                            value=Some(current.organisation.clone())
                        />
                    }
                })}
            {(!individual)
                .then(|| {
                    view! {
                        <SelectField
                            result
                            id="dl-role".to_string()
                            name="delegate[role]".to_string()
                            field="role"
                            label=tr!("delegate-role")
                            hint=Some(tr!("hint-delegate-role"))
                            required=true
                        >
                            {choice_options(&DelegateRole::DELEGATION, role)}
                        </SelectField>
                    }
                })}
            <SelectField
                result
                id="dl-language".to_string()
                name="delegate[language]".to_string()
                field="language"
                label=tr!("field-language")
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=l == language>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <RadioGroup result prefix="dl" field="consent" legend=tr!("delegate-consent")>
                {Consent::ALL
                    .iter()
                    .copied()
                    .map(|c| {
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name="delegate[consent]"
                                    value=c.as_str()
                                    checked=c.as_str() == consent
                                />
                                {tr_key(c.label_key())}
                            </label>
                        }
                    })
                    .collect_view()}
            </RadioGroup>
        </fieldset>
        <fieldset>
            <legend>{tr!("delegate-visa")}</legend>
            <label class="checkbox">
                <input type="checkbox" id="dl-visa_letter" name="delegate[visa_letter]" value="on" checked=visa />
                {tr!("delegate-visa-request")}
            </label>
            <p class="hint">{tr!("hint-delegate-visa")}</p>
            <TextInput
                result
                group
                prefix
                field="passport_name"
                autocomplete=own("name")
                label=tr!("letter-passport-name")
                dir=Some("ltr")
                value=Some(current.passport_name)
            />
            <TextInput
                result
                group
                prefix
                field="passport_number"
                label=tr!("letter-passport-number")
                dir=Some("ltr")
                value=Some(current.passport_number)
            />
            <TextInput
                result
                group
                prefix
                field="nationality"
                label=tr!("letter-nationality")
                hint=Some(tr!("hint-nationality"))
                dir=Some("ltr")
                value=Some(current.nationality)
            />
            <TextInput
                result
                group
                prefix
                field="birth_date"
                autocomplete=own("bday")
                label=tr!("letter-birth-date")
                kind="date"
                dir=Some("ltr")
                value=Some(current.birth_date)
            />
            <TextInput
                result
                group
                prefix
                field="passport_expiry"
                label=tr!("delegate-passport-expiry")
                kind="date"
                dir=Some("ltr")
                value=Some(current.passport_expiry)
            />
        </fieldset>
    }
}
