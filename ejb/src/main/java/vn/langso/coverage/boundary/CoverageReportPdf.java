package vn.langso.coverage.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import vn.langso.certification.boundary.SkillCertified;
import vn.langso.org.boundary.AreaUnit;

/**
 * The printable coverage report for a steering committee: one A4 document with the unit, the period, the headline
 * figures against their targets, the 12-month trend drawn as a chart, the child units, the service funnel and the
 * members certified per skill. Texts come from the caller's bundle ({@code text}); the Liberation fonts are
 * embedded, as PDF's own fonts have no Vietnamese letters.
 */
final class CoverageReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy");
    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
    private static final Color REACHED = new Color(0x15, 0x65, 0xc0);
    private static final Color PROFICIENT = new Color(0x2e, 0x7d, 0x32);
    private static final Color GRID = new Color(0xd0, 0xd7, 0xde);

    private final Function<String, String> text;
    private final Font regular;
    private final Font bold;
    private final Font title;
    private final Font small;

    CoverageReportPdf(Function<String, String> text) {
        this.text = text;
        BaseFont plain = font("LiberationSans-Regular");
        BaseFont heavy = font("LiberationSans-Bold");
        this.regular = new Font(plain, 10);
        this.bold = new Font(heavy, 10);
        this.title = new Font(heavy, 16, Font.NORMAL, INK);
        this.small = new Font(plain, 8, Font.NORMAL, Color.DARK_GRAY);
    }

    byte[] render(CoverageTable table, List<TrendPoint> trend, String areaName, LocalDateTime madeAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text.apply("coverage.report.title") + " - " + areaName);
            document.addCreator("LangSo");
            document.open();
            document.add(new Paragraph(text.apply("coverage.report.title"), title));
            document.add(new Paragraph(areaName, bold));
            document.add(new Paragraph(
                    text.apply("coverage.from") + " " + DAY.format(table.from()) + " · " + text.apply("coverage.to")
                            + " " + DAY.format(table.to()),
                    regular));
            document.add(new Paragraph(
                    text.apply("coverage.report.madeAt") + " "
                            + madeAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                    small));

            heading(document, "coverage.headline");
            document.add(headline(table.whole()));
            if (!table.targets().isEmpty()) {
                heading(document, "coverage.targets");
                for (TargetProgress target : table.targets()) {
                    document.add(new Paragraph(
                            text.apply("coverage.indicator." + target.indicator()) + ": " + target.percent() + " % · "
                                    + DAY.format(target.dueOn()) + " · " + percent(target.actual()) + " · "
                                    + (target.reached() ? text.apply("coverage.target.reached") : "-" + target.gap()),
                            regular));
                }
            }

            heading(document, "coverage.trend");
            document.add(chart(writer.getDirectContent(), trend));
            document.add(legend());

            if (!table.rows().isEmpty()) {
                heading(document, "coverage.byUnit");
                document.add(units(table.rows()));
            }
            heading(document, "coverage.services");
            document.add(services(table.whole().services()));
            if (!table.certified().isEmpty()) {
                heading(document, "coverage.certified");
                document.add(certified(table.certified()));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the coverage report", e);
        }
        return out.toByteArray();
    }

    private void heading(Document document, String key) throws DocumentException {
        Paragraph heading = new Paragraph(text.apply(key), new Font(bold.getBaseFont(), 12, Font.NORMAL, INK));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private PdfPTable headline(CoverageFigures f) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        row(
                table,
                text.apply("coverage.households") + " ("
                        + text.apply(f.fromRegistry() ? "coverage.fromRegistry" : "coverage.fromOfficial") + ")",
                String.valueOf(f.households()));
        row(table, text.apply("coverage.reached"), f.reached() + " · " + percent(f.reachedPercent()));
        row(table, text.apply("coverage.proficient"), f.proficient() + " · " + percent(f.proficientPercent()));
        row(table, text.apply("coverage.visits"), String.valueOf(f.visits()));
        row(table, text.apply("coverage.attendances"), String.valueOf(f.attendances()));
        row(table, text.apply("coverage.sessionsHeld"), String.valueOf(f.sessionsHeld()));
        row(
                table,
                text.apply("coverage.visitsPerMember"),
                f.visitsPerActiveMember() == null ? "—" : f.visitsPerActiveMember() + " (" + f.activeMembers() + ")");
        row(table, text.apply("coverage.followUpsOverdue"), String.valueOf(f.followUpsOverdue()));
        row(table, text.apply("coverage.openFlags"), String.valueOf(f.openFlags()));
        return table;
    }

    private PdfPTable units(List<CoverageRow> rows) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(
                table,
                "coverage.unit",
                "coverage.households",
                "coverage.reachedPercent",
                "coverage.proficientPercent",
                "coverage.proficientGap",
                "coverage.visits");
        for (CoverageRow row : rows) {
            AreaUnit unit = row.unit();
            cell(table, unit.typeLabel() + " " + unit.name(), Element.ALIGN_LEFT);
            cell(table, String.valueOf(row.figures().households()), Element.ALIGN_RIGHT);
            cell(table, percent(row.figures().reachedPercent()), Element.ALIGN_RIGHT);
            cell(table, percent(row.figures().proficientPercent()), Element.ALIGN_RIGHT);
            cell(table, String.valueOf(row.proficientGap()), Element.ALIGN_RIGHT);
            cell(table, String.valueOf(row.figures().visits()), Element.ALIGN_RIGHT);
        }
        return table;
    }

    private PdfPTable services(List<ServiceFunnel> funnels) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, "coverage.service", "coverage.helped", "coverage.done", "coverage.partial", "coverage.declined");
        for (ServiceFunnel f : funnels) {
            cell(table, text.apply("learning.service." + f.service()), Element.ALIGN_LEFT);
            cell(table, String.valueOf(f.helped()), Element.ALIGN_RIGHT);
            cell(table, String.valueOf(f.done()), Element.ALIGN_RIGHT);
            cell(table, String.valueOf(f.partial()), Element.ALIGN_RIGHT);
            cell(table, String.valueOf(f.declined()), Element.ALIGN_RIGHT);
        }
        return table;
    }

    private PdfPTable certified(List<SkillCertified> skills) {
        PdfPTable table = new PdfPTable(new float[] {5, 3, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, "coverage.skill", "coverage.certifiedMembers", "coverage.certifiedShare");
        for (SkillCertified skill : skills) {
            cell(table, skill.skillName(), Element.ALIGN_LEFT);
            cell(table, skill.certified() + " / " + skill.members(), Element.ALIGN_RIGHT);
            cell(table, percent(skill.certifiedPercent()), Element.ALIGN_RIGHT);
        }
        return table;
    }

    /** The two lines of the trend on a grid, as the dashboard's chart shows them. */
    private Image chart(PdfContentByte content, List<TrendPoint> trend) throws DocumentException {
        float width = 515;
        float height = 170;
        float left = 40;
        float bottom = 20;
        PdfTemplate chart = content.createTemplate(width, height);
        long top =
                Math.max(1, trend.stream().mapToLong(TrendPoint::reached).max().orElse(1));
        chart.setColorStroke(GRID);
        chart.setLineWidth(0.5f);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + (height - bottom - 10) * i / 4;
            chart.moveTo(left, y);
            chart.lineTo(width, y);
            chart.stroke();
            label(chart, String.valueOf(top * i / 4), 2, y - 3);
        }
        float step = trend.size() > 1 ? (width - left - 10) / (trend.size() - 1) : 0;
        for (int i = 0; i < trend.size(); i++) {
            label(chart, MONTH.format(trend.get(i).month()), left + step * i - 10, 4);
        }
        line(chart, trend, REACHED, top, left, bottom, step, height, true);
        line(chart, trend, PROFICIENT, top, left, bottom, step, height, false);
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static void line(
            PdfTemplate chart,
            List<TrendPoint> trend,
            Color color,
            long top,
            float left,
            float bottom,
            float step,
            float height,
            boolean reached) {
        chart.setColorStroke(color);
        chart.setLineWidth(1.8f);
        for (int i = 0; i < trend.size(); i++) {
            long value = reached ? trend.get(i).reached() : trend.get(i).proficient();
            float x = left + step * i;
            float y = bottom + (height - bottom - 10) * value / top;
            if (i == 0) {
                chart.moveTo(x, y);
            } else {
                chart.lineTo(x, y);
            }
        }
        chart.stroke();
    }

    private void label(PdfTemplate chart, String value, float x, float y) {
        chart.beginText();
        chart.setFontAndSize(small.getBaseFont(), 7);
        chart.setColorFill(Color.DARK_GRAY);
        chart.setTextMatrix(x, y);
        chart.showText(value);
        chart.endText();
    }

    private Paragraph legend() {
        Paragraph legend = new Paragraph();
        legend.add(new Chunk("■ ", new Font(regular.getBaseFont(), 10, Font.NORMAL, REACHED)));
        legend.add(new Chunk(text.apply("coverage.reached") + "    ", small));
        legend.add(new Chunk("■ ", new Font(regular.getBaseFont(), 10, Font.NORMAL, PROFICIENT)));
        legend.add(new Chunk(text.apply("coverage.proficient"), small));
        legend.setAlignment(Element.ALIGN_CENTER);
        return legend;
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(text.apply(key), bold));
            cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf6));
            table.addCell(cell);
        }
    }

    private void row(PdfPTable table, String label, String value) {
        cell(table, label, Element.ALIGN_LEFT);
        cell(table, value, Element.ALIGN_RIGHT);
    }

    private void cell(PdfPTable table, String value, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, regular));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    private static String percent(Double value) {
        return value == null ? "—" : value + " %";
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont("liberation/" + name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " is missing from the class path", e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
