package org.rocbap.survey.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rocbap.survey.project.boundary.ProjectBoard;
import org.rocbap.survey.project.boundary.ProjectBoard.Filter;
import org.rocbap.survey.project.boundary.ProjectBoard.Row;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.web.shared.ViewAddress;

/**
 * Backs {@code project/board.xhtml}: the project board as a lazy table, each page, filter and sort
 * asked of the database. The filters, the sort and the page are kept in the address ({@link
 * ViewAddress}): the page's parameters set them when it opens.
 */
@Named
@ViewScoped
public class ProjectBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBoard board;

    /** The columns a filter may narrow, by the name of their address parameter. */
    private static final List<String> FILTERED = List.of("administration", "title", "workshops", "category", "status");

    private static final int ROWS = 25;

    private final Map<String, String> filters = new HashMap<>();
    private String sort;
    private String order;
    private int first;
    private int rows = ROWS;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    board.read(filter(filterBy), new Slice(0, 1), null, false).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<Row> page = board.read(
                    filter(filterBy),
                    new Slice(first, Math.max(1, pageSize)),
                    sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING);
            setRowCount((int) page.total());
            remember(filterBy, sort, first, pageSize);
            return page.items();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

    private static Filter filter(Map<String, FilterMeta> filterBy) {
        String status = text(filterBy, "status");
        return new Filter(
                text(filterBy, "administration"),
                text(filterBy, "title"),
                text(filterBy, "workshops"),
                text(filterBy, "category"),
                status == null ? null : ProjectStatus.valueOf(status));
    }

    private static Object value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        Object value = value(filterBy, field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private void remember(Map<String, FilterMeta> filterBy, SortMeta sorted, int from, int pageSize) {
        Map<String, String> choices = new HashMap<>();
        FILTERED.forEach(field -> choices.put(field, text(filterBy, field)));
        choices.put("sort", sorted == null ? null : sorted.getField());
        choices.put("order", sorted == null ? null : sorted.getOrder() == SortOrder.DESCENDING ? "desc" : "asc");
        choices.put("first", from == 0 ? null : String.valueOf(from));
        choices.put("rows", pageSize == ROWS ? null : String.valueOf(pageSize));
        ViewAddress.remember(choices);
    }

    /** The filter of each column, as the address gave it; by column name. */
    public Map<String, String> getFilters() {
        return filters;
    }

    /** The sort order the address gave a column: {@code asc}, {@code desc}, or {@code null}. */
    public String sortOrder(String column) {
        return column.equals(sort) ? ("desc".equals(order) ? "desc" : "asc") : null;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = List.of(25, 50, 100).contains(rows) ? rows : ROWS;
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }
}
