local root = vm_start()
-- line 3 calls a function that does not exist
no_such_function(root)
