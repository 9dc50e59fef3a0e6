"""Forms of the workbench pages. They only collect input: services validate it."""

import json

from django import forms
from django.core.exceptions import ValidationError

from .. import selectors
from ..models import Document, Project, ProjectMode
from ..scales import Credibility, Cue, Likelihood, SourceKind
from ..services import HopSpec


class ClaimForm(forms.Form):
    start = forms.IntegerField(widget=forms.HiddenInput)
    end = forms.IntegerField(widget=forms.HiddenInput)
    quote = forms.CharField(widget=forms.HiddenInput, strip=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    credibility = forms.TypedChoiceField(
        label="Credibility (Admiralty 1-6)",
        choices=[(value, f"{value} — {words}") for value, words in Credibility.choices],
        coerce=int,
        empty_value=None,
        required=False,  # the service says what is missing, together with the chain's problems
        widget=forms.RadioSelect,
    )
    likelihood = forms.ChoiceField(
        label="Likelihood (ICD 203, optional)",
        choices=[("", "— not stated —"), *Likelihood.choices],
        required=False,
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    # The chain the engine suggested when the form was opened (JSON list of names, publisher
    # first): saved with the claim, the service records whether it was used, edited or ignored.
    suggested_chain = forms.CharField(widget=forms.HiddenInput, required=False, strip=False)

    def clean_suggested_chain(self) -> list | None:
        raw = self.cleaned_data.get("suggested_chain") or ""
        if not raw:
            return None
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):  # (nesting deeper than the parser goes: "[[[[...")
            value = None
        if not isinstance(value, list):
            # A hidden field's error would not be shown beside it: say it above the form.
            self.add_error(None, "Reload the form: the suggested chain it carried could not be read.")
            return None
        return value

    def add_service_errors(self, error: ValidationError) -> None:
        """Show a service's ValidationError on this form (chain errors go to `chain_errors`)."""
        self.chain_errors = []
        for name, messages in error.message_dict.items():
            if name == "chain":
                self.chain_errors.extend(messages)
            elif name in self.fields and name not in {"start", "end", "quote"}:
                for message in messages:
                    self.add_error(name, message)
            else:
                for message in messages:
                    self.add_error(None, message)


class HopForm(forms.Form):
    source_name = forms.CharField(
        label="Source",
        max_length=200,
        required=False,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "placeholder": "type to search the registry",
                "role": "combobox",
                "aria-autocomplete": "list",
                "aria-expanded": "false",
                "data-source-search": "",
            }
        ),
    )
    source_kind = forms.ChoiceField(
        label="Kind (for a new source)",
        choices=[("", "— in registry —"), *SourceKind.choices],
        required=False,
    )
    cue = forms.ChoiceField(choices=Cue.choices, initial=Cue.CITING)
    cue_text = forms.CharField(label="Cue as written", max_length=200, required=False)

    def to_spec(self) -> HopSpec:
        data = self.cleaned_data
        return HopSpec(
            cue=data["cue"],
            source_name=data["source_name"],
            source_kind=data["source_kind"],
            cue_text=data["cue_text"],
        )


HopFormSet = forms.formset_factory(HopForm, extra=0, max_num=12, absolute_max=12)


def chain_initial(claim=None, publisher=None) -> list[dict]:
    """Hop rows for a form: a claim's chain, or the publisher alone for a new claim."""
    if claim is not None:
        return [
            {
                "source_name": hop.source.name,
                "cue": hop.cue,
                "cue_text": hop.cue_text,
            }
            for hop in claim.chain
        ]
    return [{"source_name": publisher.name, "cue": Cue.PUBLISHED}] if publisher else []


def suggested_chain_value(suggestion, publisher) -> str:
    """The claim form's record of the chain it showed (empty when it suggested no source)."""
    if not suggestion.hops:
        return ""
    return json.dumps([publisher.name, *(hop.name for hop in suggestion.hops)], ensure_ascii=False)


def suggestion_initial(suggestion, publisher) -> list[dict]:
    """Hop rows for a suggested chain; a name not in the registry comes with its guessed kind."""
    rows = [{"source_name": publisher.name, "cue": Cue.PUBLISHED}]
    for hop in suggestion.hops:
        rows.append(
            {
                "source_name": hop.name,
                "source_kind": "" if hop.source_id else hop.kind,
                "cue": hop.cue,
                "cue_text": hop.cue_text,
            }
        )
    return rows


class AgreementForm(forms.Form):
    """Which documents and reviewers to compare; shared by the agreement page and API."""

    document = forms.ModelMultipleChoiceField(
        queryset=None, required=False, help_text="None chosen: every document."
    )
    reviewer = forms.MultipleChoiceField(required=False, help_text="None chosen: everyone with claims.")
    gold = forms.BooleanField(required=False, label="Include the gold set as a reviewer")
    project = forms.ModelChoiceField(
        queryset=None, required=False, help_text="Only its articles and its reviewers.", empty_label="— any —"
    )

    def __init__(self, *args, viewer=None, **kwargs):
        super().__init__(*args, **kwargs)
        from ..selectors.projects import projects_for

        self.fields["project"].queryset = projects_for(viewer=viewer) if viewer else Project.objects.all()
        self.fields["project"].error_messages |= {
            "invalid_choice": "No project of yours has this id.",
        }
        self.fields["document"].queryset = (
            selectors.documents_visible(viewer=viewer) if viewer else Document.objects.all()
        ).order_by("title", "pk")
        self.fields["document"].error_messages |= {
            "invalid_choice": "No document has id “%(value)s”.",
            "invalid_pk_value": "“%(pk)s” is not a document id.",
        }
        self.fields["reviewer"].choices = [(name, name) for name in selectors.reviewers_with_claims()]
        self.fields["reviewer"].error_messages["invalid_choice"] = "No reviewer named “%(value)s” has claims."


def _accounts_in(group: str):
    from django.contrib.auth.models import User

    return User.objects.filter(groups__name=group).order_by("username").distinct()


class ProjectForm(forms.Form):
    """A project's settings and members; `services.project_create` / `project_update` check them."""

    name = forms.CharField(max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    guidelines = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        help_text="Markdown (headings, lists, emphasis, links). HTML is shown as text.",
    )
    reviews_needed = forms.IntegerField(
        label="Reviews needed per article", initial=2, help_text="Between 1 and 5."
    )
    due_on = forms.DateField(label="Due date", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    mode = forms.ChoiceField(choices=ProjectMode.choices, widget=forms.RadioSelect)
    reviewers = forms.ModelMultipleChoiceField(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    moderators = forms.ModelMultipleChoiceField(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewers"].queryset = _accounts_in("reviewer")
        self.fields["moderators"].queryset = _accounts_in("moderator")

    def add_service_errors(self, error: ValidationError) -> None:
        for name, messages in error.message_dict.items():
            for message in messages:
                self.add_error(name if name in self.fields else None, message)


class ProjectDocumentsForm(forms.Form):
    """Articles to add to (or take out of) a project: those matching a search, or a list of ids."""

    q = forms.CharField(label="Articles whose title, publisher or text contains", required=False)
    ids = forms.CharField(
        label="Or these article ids",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Separated by spaces, commas or lines.",
    )

    def clean_ids(self) -> list[int]:
        words = [word for word in self.cleaned_data["ids"].replace(",", " ").split() if word]
        bad = [word for word in words if not word.isdigit() or len(word) > 18]
        if bad:
            raise ValidationError(f"Not article ids: {', '.join(bad[:5])}.")
        return sorted({int(word) for word in words})

    def clean(self):
        data = super().clean()
        if not data.get("q", "").strip() and not data.get("ids"):
            raise ValidationError("Give a search or a list of ids.")
        return data
