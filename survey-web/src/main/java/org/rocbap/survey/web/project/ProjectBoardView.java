package org.rocbap.survey.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

/**
 * Backs {@code project/board.xhtml}: the project board as a lazy table, each page, filter and sort
 * asked of the database.
 */
@Named
@ViewScoped
public class ProjectBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBoard board;

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

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }
}
