"""Anwendungsfälle: which catalogue use cases fit the open assessment, as matrix and table."""

import streamlit as st

from scoring import score
from ui import page, session, usecase_content
from ui.components.resume import resume_line
from ui.components.usecase_list import filters, overview
from ui.i18n import t
from usecases import fit

page.widen()  # the matrix and its table side by side
q, lang = page.begin("uc.title")
answers = page.assessment(q, lang)
catalogue = usecase_content.catalogue()
st.markdown(t("uc.intro", lang))

families, kind = filters(lang, answers.profile.kind)
fits = [
    item
    for item in sorted(
        fit(score(q, answers), catalogue),
        key=lambda f: (f.fit.code, -f.use_case.value, f.use_case.effort),
    )
    if item.use_case.family.value in families and (kind is None or kind in item.use_case.kinds)
]
measured = {d.id for d in q.dimensions}
unmeasured = sorted({d for c in catalogue.use_cases for d in c.prerequisites} - measured)
if unmeasured:
    st.caption(t("uc.not_measured", lang, dimensions=", ".join(unmeasured)))
st.subheader(t("uc.matrix_heading", lang), anchor=False)
overview(q, fits, lang)
resume_line(session.token(), lang)
