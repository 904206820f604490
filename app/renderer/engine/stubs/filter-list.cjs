// phaser/src/gameobjects/components/FilterList.js in this build: every camera holds two (empty) filter lists,
// but filters are WebGL-only (the Canvas renderer ignores them) and this build has no WebGL renderer, so the
// list keeps its bookkeeping and leaves out the factories that pull in every filter class (addBlur, addGlow…).
function FilterList(camera) {
  this.camera = camera;
  this.list = [];
}
FilterList.prototype.clear = function () {
  for (const filter of this.list) if (!filter.ignoreDestroy) filter.destroy();
  this.list.length = 0;
  return this;
};
FilterList.prototype.add = function (filter, index) {
  if (index === undefined) this.list.push(filter);
  else this.list.splice(index, 0, filter);
  return filter;
};
FilterList.prototype.remove = function (filter, forceDestroy) {
  const i = this.list.indexOf(filter);
  if (i !== -1) {
    this.list.splice(i, 1);
    if (!filter.ignoreDestroy || forceDestroy) filter.destroy();
  }
  return this;
};
FilterList.prototype.getActive = function () { return this.list.filter((f) => f.active); };
FilterList.prototype.destroy = function () { this.clear(); this.camera = null; };
module.exports = FilterList;
