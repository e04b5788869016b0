local root = vm_start()
expect(root ~= nil, "started")
expect(1 == 2, "one is not two")
print("not reached")
