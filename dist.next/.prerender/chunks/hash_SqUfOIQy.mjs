Function.prototype.toString.call(Object);
export {};
