package io.github.cmaltkit.site.kit;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets Freemarker 2.3.31 read a record's components by name ({@code row.title}), the way it reads a
 * map's keys: that Freemarker version sees only {@code getX()} methods, so without this the templates
 * would read the kit pages' typed models through untyped maps.
 */
final class RecordModels extends DefaultObjectWrapper {

    static final RecordModels WRAPPER = new RecordModels();

    private RecordModels() {
        super(Configuration.VERSION_2_3_31);
    }

    TemplateModel wrapRecord(Record r) {
        return new RecordModel(r);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        return obj instanceof Record r ? new RecordModel(r) : super.handleUnknownType(obj);
    }

    private final class RecordModel implements TemplateHashModel {
        private final Record record;

        RecordModel(Record record) {
            this.record = record;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (!c.getName().equals(key)) continue;
                try {
                    return wrap(c.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
                }
            }
            return null; // Freemarker then names the missing value, and `x!default` works as with maps

        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
