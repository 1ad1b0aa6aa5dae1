package org.gongkai.calendar.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.WorkingDayCount;
import org.gongkai.calendar.api.CalendarYearSummary;
import org.gongkai.calendar.api.CalendarYearView;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.DomainException;
import org.gongkai.common.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "The official holidays and make-up working days (调休) statutory deadlines are counted on, and the count itself.")
public class CalendarResource {

    private final WorkingCalendarService calendar;
    private final CacheableResponses responses;

    public CalendarResource(WorkingCalendarService calendar, CacheableResponses responses) {
        this.calendar = calendar;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listCalendarYears", summary = "List the years with an entered schedule",
            description = "A year missing here has no official schedule yet: its weekdays count as working days, and deadlines running into it say so.")
    @APIResponse(responseCode = "200", description = "The years, oldest first.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarYearSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Uni<RestResponse<List<CalendarYearSummary>>> years(Request request) {
        return calendar.years().map(years -> responses.fresh(request, years));
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "Get a year's schedule", description = "The holidays and make-up working days of the year, in date order.")
    @APIResponse(responseCode = "200", description = "The schedule.", content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<CalendarYearView>> year(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999")) @RestPath String year,
            Request request) {
        return calendar.year(year(year)).map(y -> responses.fresh(request, y));
    }

    @GET
    @Path("/deadline")
    @Operation(operationId = "countDeadline", summary = "Count a deadline in working days",
            description = "The day a period of `workingDays` working days starting on `from` falls due, counting from the next working day (Regulation Art. 31), with the holidays skipped and the make-up days counted.")
    @APIResponse(responseCode = "200", description = "The deadline and how it was counted.", content = @Content(schema = @Schema(implementation = WorkingDayCount.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<WorkingDayCount> deadline(
            @Parameter(description = "The starting date, e.g. the receipt date.", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String from,
            @Parameter(description = "The period in working days.", required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2000")) @RestQuery String workingDays) {
        LocalDate start = required("from", QueryParams.date("from", from));
        if (workingDays == null || workingDays.isBlank()) {
            throw new DomainException.InvalidInput("workingDays", "required", "'workingDays' is required.");
        }
        int days = QueryParams.integer("workingDays", workingDays, 0, 0, WorkingDayCalendar.MAX_WORKING_DAYS);
        if (start.plusYears(10).getYear() > 9999) {
            throw new DomainException.InvalidInput("from", "out-of-range", "'from' must leave room for the period before the year 9999.");
        }
        return calendar.add(start, days);
    }

    @GET
    @Path("/working-days")
    @Operation(operationId = "countWorkingDays", summary = "Count the working days between two dates",
            description = "The working days after `from` up to and including `to` (at most ten years apart), with the holidays and make-up days of the period.")
    @APIResponse(responseCode = "200", description = "The count.", content = @Content(schema = @Schema(implementation = WorkingDayCount.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<WorkingDayCount> workingDays(
            @Parameter(description = "The first date (not counted).", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String from,
            @Parameter(description = "The last date (counted).", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String to) {
        LocalDate start = required("from", QueryParams.date("from", from));
        LocalDate end = required("to", QueryParams.date("to", to));
        if (end.isBefore(start)) {
            throw new DomainException.InvalidInput("to", "before-from", "'to' must not be before 'from'.");
        }
        if (end.isAfter(start.plusYears(10))) {
            throw new DomainException.InvalidInput("to", "too-far", "'to' must be at most ten years after 'from'.");
        }
        return calendar.count(start, end);
    }

    static int year(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException.InvalidInput("year", "required", "'year' is required.");
        }
        return QueryParams.integer("year", raw, 0, 1900, 9999);
    }

    private static LocalDate required(String name, LocalDate value) {
        if (value == null) {
            throw new DomainException.InvalidInput(name, "required", "'" + name + "' is required.");
        }
        return value;
    }
}
