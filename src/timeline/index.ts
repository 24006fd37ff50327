// Pure timeline maths: scales, ticks, zoom, lanes, packing, culling and per-frame level of detail.
export * from './band';
export * from './cull';
export * from './extents';
export * from './frame';
export * from './label';
export * from './lanes';
export * from './layout';
export * from './locale';
export * from './packing';
export * from './scale';
export * from './spanClasses';
export * from './ticks';
export * from './time';
export * from './window';
export * from './zoom';
export * from './firstWindow';
