"""From a saved visit to the printed slip: data from core, PDF from reports, each print audited."""

import subprocess

from frontdesk_gui.core import printing
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.reports import registry


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pass_slip_of_a_visit_and_its_reprint(receptionist_ctx, tmp_path):
    visit = visitors.check_in(receptionist_ctx, visitor_name="张伟", category="outside_visitor", host_name="李娜",
                              host_unit="1203", phone="13812341234", id_number="11010519491231002X", badge_no="5")
    data = printing.document_data(receptionist_ctx, visitors.SPEC, visit, "pass_slip")
    text = pdf_text(registry.render("pass_slip", data), tmp_path)
    assert "张伟" in text and "李娜" in text and "138****1234" in text and "1101**********002X" in text
    assert "13812341234" not in text and "COPY" not in text
    printing.record_print(receptionist_ctx, visitors.SPEC, visit, "pass_slip", destination="PDF")
    again = printing.document_data(receptionist_ctx, visitors.SPEC, visit, "pass_slip")
    assert again["reprint"] == 1
    assert "COPY" in pdf_text(registry.render("pass_slip", again), tmp_path)


def test_onsite_list_lists_who_is_in(receptionist_ctx, tmp_path):
    inside = visitors.check_in(receptionist_ctx, visitor_name="王芳", category="company_leader")
    gone = visitors.check_in(receptionist_ctx, visitor_name="赵强", category="company_leader")
    visitors.check_out(receptionist_ctx, gone)
    pdf = registry.render("onsite_list", {"counter_name": "总服务台", "printed_at": "2026-11-23 17:00",
                                          "operator": "李前台", "rows": visitors.onsite_rows()})
    text = pdf_text(pdf, tmp_path)
    assert inside.visitor_name in text and "赵强" not in text
