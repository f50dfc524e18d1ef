package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.renda.check.Citation;
import org.renda.check.DueResult;
import org.renda.check.Duty;
import org.renda.check.Status;

/**
 * The duty list as an iCalendar file (RFC 5545, written with ical4j): one all-day event per due
 * and recurring duty of the month and per county item, each with a reminder ({@code VALARM}) a
 * number of days before. The {@code UID} is a hash of recordId, rule, path and due date, so
 * importing next month's file again updates an event instead of adding a copy.
 */
final class DueIcs {

    private DueIcs() {
    }

    static void write(DueReport report, int alarmDays, PrintWriter out) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//renda-check//due 1.0//ZH"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (DueResult r : report.results) {
            if (r.status() != Status.CHECKED) {
                continue;
            }
            for (Duty d : r.due()) {
                cal.add(event(report, r, d, report.msg("dueIcs.due"), alarmDays));
            }
            for (Duty d : r.recurring()) {
                cal.add(event(report, r, d, report.msg("dueIcs.recurring"), alarmDays));
            }
        }
        for (CountyCalendar.Item i : report.calendar) {
            VEvent e = allDay(i.date(), report.msg("dueIcs.county") + i.title(),
                    uid("calendar", i.date().toString(), i.title(), i.who() == null ? "" : i.who()));
            if (i.who() != null) {
                e.add(new Description(report.msg("dueIcs.who") + i.who()));
            }
            e.add(alarm(alarmDays, i.title()));
            cal.add(e);
        }
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static VEvent event(DueReport report, DueResult r, Duty d, String prefix, int alarmDays) {
        String summary = prefix + report.bodyName(r) + report.msg("dueIcs.colon") + d.title()
                + (d.item() != null ? report.msg("dueIcs.openingBracket") + d.item() + report.msg("dueIcs.closingBracket") : "");
        VEvent e = allDay(d.dueDate(), summary, uid(r.recordId(), d.ruleId(), d.path(), d.dueDate().toString()));
        List<String> basis = d.basis().stream().map(Citation::display).toList();
        String description = report.msg("dueIcs.rule") + d.ruleId() + " " + d.title() + "\n"
                + report.msg("dueIcs.item") + d.path() + (d.item() != null ? " " + d.item() : "")
                + (d.period() != null ? report.msg("dueIcs.openingBracket") + report.periodLabel(d.period()) + report.msg("dueIcs.closingBracket") : "") + "\n"
                + report.msg("dueIcs.dueLine") + d.dueDate() + "\n"
                + report.msg("dueIcs.basis") + String.join(report.msg("dueIcs.semicolon"), basis) + "\n"
                + report.msg("dueIcs.do") + d.remedy();
        e.add(new Description(description));
        e.add(alarm(alarmDays, summary));
        return e;
    }

    private static VEvent allDay(LocalDate day, String summary, String uid) {
        VEvent e = new VEvent(day, day.plusDays(1), summary);
        e.add(new Uid(uid));
        return e;
    }

    private static VAlarm alarm(int days, String text) {
        VAlarm a = new VAlarm(Period.ofDays(-days));
        a.add(ImmutableAction.DISPLAY);
        a.add(new Description(text));
        return a;
    }

    /** A stable UID: SHA-256 of the parts, so the same duty gets the same UID in every run. */
    static String uid(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16) + "@renda-check";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
